import { translate } from '../src/shared/i18n/messages';
import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tabItems } from '../src/renderer/src/lib/tabs';
import { launchApp, type LaunchedApp } from './harness';
import { defaultBriefing, examplePath, openSection, sectionPanel, sectionTabs } from './helpers';

let app: LaunchedApp;
test.afterEach(async () => {
  await app?.close();
});

/** Counts the canvas's non-transparent pixels: zero means nothing was drawn. */
async function paintedPixels(app: LaunchedApp, figureId: string): Promise<number> {
  return app.page.locator(`canvas[data-figure="${figureId}"]`).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
}

test('opens on the Overview with the briefing title, as-of date and source count in the header', async () => {
  app = await launchApp();
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(defaultBriefing.title);
  await expect(page).toHaveTitle(defaultBriefing.title);
  await expect(page.getByTestId('source-count')).toHaveText(String(defaultBriefing.sources.length));
  await expect(page.getByTestId('as-of')).toContainText(defaultBriefing.asOf.slice(0, 4));
  const first = defaultBriefing.sections[0];
  await expect(sectionTabs(page).and(page.locator('[aria-selected="true"]'))).toHaveText(first.shortTitle ?? first.title);
  await expect(sectionPanel(page).getByRole('heading', { level: 2 })).toHaveText(first.title);
  // One tab a section, then Companies (when the briefing has profiles) and Glossary.
  await expect(sectionTabs(page)).toHaveText(tabItems(defaultBriefing, (key) => translate('en', key)).map((t) => t.label));
});

test('every tab can be reached by mouse, and every chart on it is drawn', async () => {
  app = await launchApp();
  const { page } = app;
  for (const section of defaultBriefing.sections) {
    await openSection(page, section);
    const panel = sectionPanel(page);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(section.title);
    for (const figure of section.figures) {
      await expect(panel.locator(`canvas[data-figure="${figure.id}"][data-drawn="true"]`)).toBeVisible();
      expect(await paintedPixels(app, figure.id), `figure ${figure.id} in ${section.id} is blank`).toBeGreaterThan(500);
    }
    await expect(panel.locator('figure figcaption .number')).toHaveCount(section.figures.length);
  }
});

test('every section gets its section-drawn mark (the benchmark waits for it), with charts or without', async () => {
  const noCharts = structuredClone(defaultBriefing);
  noCharts.sections[0].figures = [];
  const file = test.info().outputPath('no-charts-first.json');
  writeFileSync(file, JSON.stringify(noCharts));
  app = await launchApp({ dataset: file });
  const { page } = app;
  const marked = (id: string) => page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, `section-drawn:${id}`);
  await marked(noCharts.sections[0].id);
  expect(await sectionPanel(page).locator('canvas').count()).toBe(0);
  await openSection(page, noCharts.sections[1]);
  await marked(noCharts.sections[1].id);
  await expect(sectionPanel(page).locator('canvas[data-drawn="true"]')).toHaveCount(noCharts.sections[1].figures.length);
});

test('the next tab is built ahead in idle time, hidden and inert, and opening it shows the charts it drew', async () => {
  app = await launchApp();
  const { page } = app;
  const [, second] = defaultBriefing.sections;
  const ahead = page.locator(`main > .panel[data-tab="${second.id}"]`);
  await expect(ahead.locator('canvas[data-drawn="true"]')).toHaveCount(second.figures.length);
  await expect(ahead).toBeHidden();
  await expect(ahead).toHaveAttribute('inert', '');
  await expect(ahead).not.toHaveAttribute('role', 'tabpanel');
  await expect(page.getByRole('heading', { level: 2, name: second.title })).toHaveCount(0);
  // Opening the tab must show these very canvases, not build the section again.
  await ahead.locator('canvas').evaluateAll((canvases) => canvases.forEach((c) => ((c as HTMLElement).dataset.probe = 'kept')));
  await openSection(page, second);
  await expect(sectionPanel(page)).toHaveAttribute('data-tab', second.id);
  await expect(sectionPanel(page).locator('canvas[data-probe="kept"][data-drawn="true"]')).toHaveCount(second.figures.length);
  await expect(sectionPanel(page).getByRole('heading', { level: 2 })).toHaveText(second.title);
  await page.waitForFunction((n) => performance.getEntriesByName(n).length === 1, `section-drawn:${second.id}`);
  // However many tabs are visited, at most three stay mounted once the app is idle (it takes tabs down in idle time).
  for (const s of defaultBriefing.sections.slice(2)) await openSection(page, s);
  await expect.poll(() => page.locator('main > .panel').count()).toBeLessThanOrEqual(3);
  await expect(sectionPanel(page)).toHaveAttribute('data-tab', defaultBriefing.sections.at(-1)!.id);
});

test('a tab the pointer rests on is built, hidden, before it is clicked; the click shows that very build', async () => {
  app = await launchApp();
  const { page } = app;
  const target = defaultBriefing.sections[4];
  await page.waitForFunction((n) => performance.getEntriesByName(n).length === 1, `section-drawn:${defaultBriefing.sections[0].id}`);
  // Neither the open tab nor the one after it: nothing else would build this one.
  const panel = page.locator(`main > .panel[data-tab="${target.id}"]`);
  await expect(panel).toHaveCount(0);
  const tab = sectionTabs(page).getByText(target.shortTitle ?? target.title, { exact: true });
  await tab.hover();
  await expect(panel).toHaveCount(1);
  await expect(panel).toBeHidden();
  await expect(panel).toHaveAttribute('inert', '');
  await panel.evaluate((el) => ((el as HTMLElement).dataset.probe = 'built-on-rest'));
  await tab.click();
  await expect(sectionPanel(page)).toHaveAttribute('data-probe', 'built-on-rest');
  await expect(sectionPanel(page).locator('canvas[data-drawn="true"]')).toHaveCount(target.figures.length);
  await expect(sectionPanel(page).getByRole('heading', { level: 2 })).toHaveText(target.title);
});

test("resizing the window redraws only the open tab's charts; a tab built ahead redraws when it is shown", async () => {
  app = await launchApp({ viewport: { width: 1280, height: 800 } });
  const { page } = app;
  const [, second] = defaultBriefing.sections;
  const ahead = page.locator(`main > .panel[data-tab="${second.id}"]`);
  await expect(ahead.locator('canvas[data-drawn="true"]')).toHaveCount(second.figures.length);
  const bitmapWidths = (panel: typeof ahead): Promise<number[]> =>
    panel.locator('canvas').evaluateAll((canvases) => canvases.map((c) => (c as HTMLCanvasElement).width));
  const aheadBefore = await bitmapWidths(ahead);
  const shownBefore = await bitmapWidths(sectionPanel(page));

  await page.setViewportSize({ width: 1000, height: 800 });
  await expect.poll(() => bitmapWidths(sectionPanel(page))).not.toEqual(shownBefore);
  // chart.js redraws every chart whose box changed in the same frame; give it two more.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await bitmapWidths(ahead)).toEqual(aheadBefore);

  await openSection(page, second);
  await expect(sectionPanel(page)).toHaveAttribute('data-tab', second.id);
  await expect(sectionPanel(page)).not.toHaveAttribute('style', /width/);
  await expect.poll(() => bitmapWidths(sectionPanel(page))).not.toEqual(aheadBefore);
  const fits = await sectionPanel(page)
    .locator('canvas')
    .evaluateAll((canvases) => canvases.every((c) => Math.abs(c.getBoundingClientRect().width - c.parentElement!.clientWidth) < 1));
  expect(fits).toBe(true);
});

test('tabs follow the WAI-ARIA keyboard pattern: arrows, Home and End', async () => {
  app = await launchApp();
  const { page } = app;
  const labels = [
    ...defaultBriefing.sections.map((s) => s.shortTitle ?? s.title),
    ...(defaultBriefing.glossary?.length ? ['Glossary'] : [])
  ];
  const selected = () => sectionTabs(page).and(page.locator('[aria-selected="true"]'));
  await selected().focus();
  await page.keyboard.press('ArrowRight');
  await expect(selected()).toHaveText(labels[1]);
  await expect(selected()).toBeFocused();
  await expect(sectionPanel(page).getByRole('heading', { level: 2 })).toHaveText(defaultBriefing.sections[1].title);
  await page.keyboard.press('End');
  await expect(selected()).toHaveText(labels.at(-1)!);
  await page.keyboard.press('ArrowRight');
  await expect(selected()).toHaveText(labels[0]);
  await page.keyboard.press('ArrowLeft');
  await expect(selected()).toHaveText(labels.at(-1)!);
  await page.keyboard.press('Home');
  await expect(selected()).toHaveText(labels[0]);
  // Only the selected tab is in the Tab order; Tab moves on into the panel.
  await expect(sectionTabs(page).and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(sectionPanel(page)).toBeFocused();
});

test('menu commands move between sections', async () => {
  app = await launchApp();
  await expect(sectionPanel(app.page).getByRole('heading', { level: 2 })).toHaveText(defaultBriefing.sections[0].title);
  await app.command('next-section');
  await expect(sectionPanel(app.page).getByRole('heading', { level: 2 })).toHaveText(defaultBriefing.sections[1].title);
  await app.command('previous-section');
  await expect(sectionPanel(app.page).getByRole('heading', { level: 2 })).toHaveText(defaultBriefing.sections[0].title);
});

test('a --dataset file is shown instead of the default', async () => {
  app = await launchApp({ dataset: examplePath });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Example Briefing');
  await expect(app.page.getByTestId('dataset-name')).toHaveText('minimal-briefing.json');
  await expect(sectionTabs(app.page)).toHaveText(['Overview', 'Glossary']);
  await expect(app.page.locator('canvas[data-figure="widgets-by-year"][data-drawn="true"]')).toBeVisible();
});

test('an invalid --dataset file opens the default briefing and lists the problems', async () => {
  const bad = test.info().outputPath('bad.json');
  writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(examplePath, 'utf8')), asOf: '2024-02-30' }));
  app = await launchApp({ dataset: bad });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(defaultBriefing.title);
  const dialog = app.page.getByRole('dialog');
  await expect(dialog).toContainText('$.asOf');
  await expect(dialog).toContainText('not a real calendar date');
});

test('Open… switches to a valid file; an invalid one shows its problems and keeps the current briefing', async () => {
  app = await launchApp();
  const { page } = app;
  const bad = join(app.tmpDir, 'broken.json');
  writeFileSync(bad, '{\n  "schemaVersion": 1,\n  "title": "Broken"\n  "sections": []\n}\n');
  await app.answerDialogs({ openPath: bad });
  await page.getByRole('button', { name: 'Open…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('line 4, column 3');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(defaultBriefing.title);

  await app.answerDialogs({ openPath: examplePath });
  await app.command('open');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Briefing');
  await expect(page.getByText('Opened minimal-briefing.json.')).toBeVisible();
});

test('Hangul renders in the bundled typeface, and the page loads nothing from outside the app', async () => {
  app = await launchApp({ dataset: examplePath });
  const { page } = app;
  await expect(page.getByText('한국어 텍스트도 표시됩니다', { exact: false })).toBeVisible();
  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Pretendard');
    return {
      loaded: faces.filter((f) => f.status === 'loaded').length,
      hangul: document.fonts.check('16px Pretendard', '한국어'),
      family: getComputedStyle(document.body).fontFamily
    };
  });
  expect(font.loaded).toBeGreaterThan(0);
  expect(font.hangul).toBe(true);
  expect(font.family).toContain('Pretendard');
  expect(app.requests.filter((u) => !u.startsWith(app.origin))).toEqual([]);
});
