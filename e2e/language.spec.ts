import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readableDate } from '../src/shared/briefing/dates';
import { translate } from '../src/shared/i18n/messages';
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
