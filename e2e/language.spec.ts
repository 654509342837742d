import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readableDate } from '../src/shared/briefing/dates';
import { localize } from '../src/shared/briefing/localize';
import { readPdf } from '../src/main/pdf/testing/pdf-reader';
import { translate } from '../src/shared/i18n/messages';
import { PDF_MESSAGES } from '../src/shared/i18n/pdf';
import { launchApp, type LaunchedApp } from './harness';
import { defaultBriefing, sectionPanel, sectionTabs } from './helpers';

let app: LaunchedApp;
test.afterEach(async () => {
  await app?.close();
});

const tabsNamed = (page: Page, lang: 'en' | 'ko') => page.getByRole('tablist', { name: translate(lang, 'tabs.sections') }).getByRole('tab');

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('switches to Korean and back, remembered across a relaunch: tabs, dates, the Export dialog, lang for screen readers', async () => {
  test.setTimeout(180_000);
  const settingsPath = join(mkdtempSync(join(tmpdir(), 'briefing-lang-')), 'settings.json');
  app = await launchApp({ settingsPath });
  let { page } = app;
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');

  // The interface is in Korean: the page's language, the tabs, the header's date, the Export dialog.
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(tabsNamed(page, 'ko').last()).toHaveText('용어집');
  await expect(tabsNamed(page, 'ko').getByText('기업', { exact: true })).toHaveCount(1);
  await expect(page.getByTestId('as-of')).toHaveText(readableDate(defaultBriefing.asOf, 'ko'));
  await expect(page.getByTestId('as-of')).toHaveText(/^\d{4}년 \d{1,2}월( \d{1,2}일)?$/);
  await expect.poll(() => JSON.parse(readFileSync(settingsPath, 'utf8')).lang).toBe('ko');
  await page.getByRole('button', { name: '내보내기…' }).click();
  const panel = page.getByRole('dialog', { name: 'PDF 내보내기' });
  await expect(panel).toBeVisible();
  await expect(panel.getByLabel('브리핑 전체')).toBeChecked();
  await expect(panel.getByRole('button', { name: '닫기' })).toBeVisible();
  // The PDF follows the app's language unless told otherwise; the handout's picker and preview speak Korean too.
  await expect(panel.getByRole('group', { name: '언어' }).getByLabel('한국어')).toBeChecked();
  await panel.getByLabel('한 장짜리 요약본').check();
  await expect(panel.getByRole('group', { name: '요약본에 넣을 것' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: '요약본 미리 보기' })).toBeVisible();
  await expect(panel.getByText(translate('ko', 'handout.onePage'), { exact: false })).toBeVisible({ timeout: 30_000 });
  expect(await seriousViolations(page, 'dialog')).toEqual([]);
  await panel.getByRole('button', { name: '닫기' }).click();

  // Relaunched: still Korean.
  await app.close();
  app = await launchApp({ settingsPath });
  page = app.page;
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(tabsNamed(page, 'ko').last()).toHaveText('용어집');

  // And back to English, which the next launch keeps.
  await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(sectionTabs(page).last()).toHaveText('Glossary');
  await expect(page.getByTestId('as-of')).toHaveText(readableDate(defaultBriefing.asOf, 'en'));
  await expect.poll(() => JSON.parse(readFileSync(settingsPath, 'utf8')).lang).toBe('en');
  await app.close();
  app = await launchApp({ settingsPath });
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(sectionTabs(app.page).last()).toHaveText('Glossary');
});

test('starts in the system language until the reader picks one; the glossary leads with the Hangul term', async () => {
  test.setTimeout(180_000);
  app = await launchApp({ systemLanguage: 'ko-KR' });
  const { page } = app;
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('button', { name: '검색' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await tabsNamed(page, 'ko').last().click();
  const glossary = sectionPanel(page);
  await expect(glossary.getByRole('heading', { level: 2 })).toHaveText('용어집');
  await expect(glossary.getByRole('columnheader').first()).toHaveText('한국어');
  // Every row's header is Hangul (the Korean term) when the dataset has it, with the English term beside it in lang="en".
  const term = defaultBriefing.glossary!.find((g) => g.ko)!;
  const row = glossary.getByRole('row').filter({ has: page.getByRole('rowheader', { name: term.ko!, exact: true }) });
  await expect(row.locator('td[lang="en"]')).toHaveText(term.term);
  expect(await seriousViolations(page)).toEqual([]);
});

/** Share of a text's letters that are Hangul syllables (Latin letters are the rest). */
function hangulShare(text: string): number {
  const hangul = text.match(/[\uac00-\ud7a3]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return hangul / Math.max(1, hangul + latin);
}

test('the Export dialog picks the PDF language: a Korean briefing from the English app, and the two-language handout on one sheet', async () => {
  test.setTimeout(180_000);
  app = await launchApp();
  const { page } = app;
  const briefingPdf = join(app.tmpDir, 'chips-ko.pdf');
  await app.answerDialogs({ savePath: briefingPdf });
  await page.getByRole('button', { name: 'Export…' }).click();
  const panel = page.getByRole('dialog', { name: 'Export PDF' });
  const language = panel.getByRole('group', { name: 'Language' });
  // The app is in English, so the PDF starts in English; the two-language sheet is offered for the handout only.
  await expect(language.getByLabel('English')).toBeChecked();
  await expect(language.getByRole('radio')).toHaveCount(2);
  await language.getByLabel('한국어 (Korean)').check();
  await panel.getByRole('button', { name: 'None', exact: true }).click();
  await panel.getByRole('checkbox', { name: 'Semiconductors: memory and AI' }).check();
  await panel.getByRole('button', { name: 'Export…' }).click();
  await expect(panel.getByRole('status')).toContainText(briefingPdf, { timeout: 60_000 });
  const korean = await readPdf(readFileSync(briefingPdf));
  // The section in Korean: its title, and prose mostly Hangul (its sources keep their English titles, so not the list).
  const chipsKo = localize(defaultBriefing, 'ko').sections.find((s) => s.id === 'semiconductors')!;
  expect(korean.pages[2].text.replace(/\s+/g, ' ')).toContain(chipsKo.title);
  expect(hangulShare(korean.pages[2].text)).toBeGreaterThan(0.75);

  const sheetPdf = join(app.tmpDir, 'handout-both.pdf');
  await app.answerDialogs({ savePath: sheetPdf });
  await panel.getByLabel('One-page handout').check();
  await language.getByLabel('Both: English front, Korean back').check();
  // The sheet's back is its Korean side: no back page is offered, and the preview says which side it shows.
  await expect(panel.getByRole('checkbox', { name: /Add a back page/ })).toHaveCount(0);
  await expect(panel.getByText(translate('en', 'handout.bilingualNoBack'))).toBeVisible();
  await expect(panel.getByText(translate('en', 'handout.englishShown'), { exact: false })).toBeVisible({ timeout: 30_000 });
  await panel.getByRole('button', { name: 'Export…' }).click();
  await expect(panel.getByRole('status')).toContainText(sheetPdf, { timeout: 60_000 });
  const sheet = await readPdf(readFileSync(sheetPdf));
  expect(sheet.pages).toHaveLength(2);
  // English front, Korean back: the back's words and prose in Hangul (its source list keeps the sources' English titles).
  expect(hangulShare(sheet.pages[0].text)).toBeLessThan(0.1);
  expect(sheet.pages[1].text).toContain(PDF_MESSAGES.ko.keyNumbers);
  expect(hangulShare(sheet.pages[1].text)).toBeGreaterThan(0.3);

  // A full briefing is in one language: "both" is not offered, and the app's language stands in for it.
  await panel.getByLabel('Full briefing').check();
  await expect(language.getByRole('radio')).toHaveCount(2);
  await expect(language.getByLabel('English')).toBeChecked();
  // The pack remembers the choice: reopened, the dialog is back on the two-language handout.
  await panel.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(panel.getByLabel('One-page handout')).toBeChecked();
  await expect(language.getByLabel('Both: English front, Korean back')).toBeChecked();
});
