import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parseCsv } from '../src/shared/briefing/csv';
import { formatNumber } from '../src/shared/briefing/figures';
import { launchApp, type LaunchedApp } from './harness';
import { defaultBriefing, examplePath, openSection, sectionPanel, sectionTabs } from './helpers';

let app: LaunchedApp;
test.afterEach(async () => {
  await app?.close();
});

test("every figure's table shows the dataset's numbers", async () => {
  app = await launchApp();
  const { page } = app;
  for (const section of defaultBriefing.sections) {
    await openSection(page, section);
    for (const fig of section.figures) {
      const card = page.locator(`#figure-${fig.id}`);
      await card.getByRole('tab', { name: 'Table' }).click();
      const rows = card.locator('tbody tr');
      if (fig.kind === 'timeline') {
        await expect(rows).toHaveCount(fig.events.length);
        continue;
      }
      await expect(rows).toHaveCount(fig.labels.length);
      const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')));
      fig.labels.forEach((label, i) => {
        expect(cells[i]).toEqual([label, ...fig.series.map((s) => (s.values[i] === null ? '—' : formatNumber(s.values[i]!)))]);
      });
    }
  }
});

test('a figure downloads as data (tidy CSV, metadata, README in a ZIP) and PNG, cites itself, and opens its source in the browser', async () => {
  app = await launchApp({ dataset: examplePath });
  const { page } = app;
  const card = page.locator('#figure-widgets-by-year');
  const zipPath = join(app.tmpDir, 'widgets.zip');
  await app.answerDialogs({ savePath: zipPath });
  await card.getByRole('button', { name: 'Download data (ZIP)' }).click();
  await expect(card.getByRole('status')).toContainText(zipPath);
  const files = unzipSync(readFileSync(zipPath));
  const csv = Buffer.from(files['example-minimal-figure-1-widgets-by-year.csv']).toString('utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(parseCsv(csv)).toEqual([
    ['series', 'year', 'value', 'unit'],
    ['Widgets', '2020', '100', 'widgets'],
    ['Widgets', '2021', '120', 'widgets'],
    ['Widgets', '2022', '160', 'widgets'],
    ['Widgets', '2023', '200', 'widgets']
  ]);
  expect(Object.keys(files)).toContain('README.md');

  const pngPath = join(app.tmpDir, 'widgets.png');
  await app.answerDialogs({ savePath: pngPath });
  await card.getByRole('button', { name: 'Download PNG' }).click();
  await expect(card.getByRole('status')).toContainText(pngPath);
  const png = readFileSync(pngPath);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBe(2400);
  expect(height).toBeGreaterThan(1200);
  // Not blank: a real chart compresses far worse than a white rectangle of the same size.
  expect(png.length).toBeGreaterThan(30_000);

  await card.getByRole('button', { name: 'Copy citation' }).click();
  await card.getByRole('tab', { name: 'Sources' }).click();
  await card.getByRole('button', { name: 'https://example.org/report' }).click();
  await expect
    .poll(() => app.revealed())
    .toEqual([
      {
        action: 'copy',
        path: expect.stringMatching(
          /^Figure 1\. Widgets made per year \[widgets\].*\n— \[\d+\] A\. Writer, An example report, Example Institute, 2024-05\. https:\/\/example\.org\/report$/s
        )
      },
      { action: 'link', path: 'https://example.org/report' }
    ]);
});

test('search finds English and Hangul terms, moves with arrow keys and jumps to the place', async () => {
  app = await launchApp({ dataset: examplePath });
  const { page } = app;
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search' });
  await expect(box).toBeFocused();
  await box.fill('widgets');
  const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const count = await options.count();
  expect(count).toBeGreaterThan(2);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.fill('한국어');
  await expect(options).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox', { name: 'Results' })).toHaveCount(0);
  await expect(page.locator('#text-overview-0')).toHaveClass(/highlight/);
  await expect(page.locator('#text-overview-0')).toBeFocused();

  await page.keyboard.press('Control+f');
  await page.getByRole('combobox', { name: 'Search' }).fill('위젯');
  await page.keyboard.press('Enter');
  await expect(sectionTabs(page).and(page.locator('[aria-selected="true"]'))).toHaveText('Glossary');
  await expect(page.locator('#glossary-0')).toHaveClass(/highlight/);

  // A shortcut pressed right after a jump opens a new search, even before the old panel's close event arrives.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search' }).fill('widget');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Search' })).toBeFocused();
});

test('a term in a section opens its glossary entry', async () => {
  app = await launchApp({ dataset: examplePath });
  await app.page.getByRole('button', { name: 'Widget · 위젯' }).click();
  await expect(sectionPanel(app.page).getByRole('heading', { level: 2 })).toHaveText('Glossary');
  await expect(app.page.locator('#glossary-0')).toContainText('A small made thing');
});

test('theme, zoom, section and export choices survive a relaunch; a corrupt settings file is survived', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-settings-'));
  const settingsPath = join(dir, 'settings.json');
  app = await launchApp({ settingsPath });
  const { page } = app;
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Larger text' }).click();
  const last = defaultBriefing.sections.at(-1)!;
  await openSection(page, last);
  await expect.poll(() => JSON.parse(readFileSync(settingsPath, 'utf8'))).toMatchObject({ theme: 'dark', zoom: 1.1, lastSection: last.id });
  await app.close();

  app = await launchApp({ settingsPath });
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(sectionPanel(app.page).getByRole('heading', { level: 2 })).toHaveText(last.title);
  await expect(app.page.getByRole('button', { name: /Text size 110%/ })).toBeVisible();
  await app.close();

  writeFileSync(settingsPath, '{"theme": "dark", "zo');
  app = await launchApp({ settingsPath });
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(app.page.getByText(/settings file was damaged/)).toBeVisible();
});

test('the theme follows the OS, and the charts change with it', async () => {
  app = await launchApp({ dataset: examplePath, colorScheme: 'dark' });
  const { page } = app;
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const tickColour = () =>
    page.locator('canvas[data-figure="widgets-by-year"]').evaluate((c: HTMLCanvasElement) => {
      // Sample the darkest and lightest pixels along the x-axis labels' band.
      const ctx = c.getContext('2d')!;
      const { data } = ctx.getImageData(0, c.height - 24, c.width, 20);
      let max = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 200) max = Math.max(max, data[i] + data[i + 1] + data[i + 2]);
      return max;
    });
  const darkMax = await tickColour();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(tickColour).toBeLessThan(darkMax);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations on any tab (${colorScheme})`, async () => {
    // One full axe run per tab: ~20 s alone, minutes on a loaded 2-core machine.
    test.setTimeout(180_000);
    app = await launchApp({ colorScheme });
    const { page } = app;
    const tabs = sectionTabs(page);
    const n = await tabs.count();
    for (let i = 0; i < n; i++) {
      await tabs.nth(i).click();
      await expect(sectionPanel(page)).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`
        ),
        `tab ${i}`
      ).toEqual([]);
    }
  });
}

test('keyboard alone reaches every control of a section', async () => {
  app = await launchApp({ dataset: examplePath });
  const { page } = app;
  const reached = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // Whitespace as read, not as typed: the glossary button keeps "· 위젯" on the term's line with a no-break space.
      const text = el?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 30) ?? '';
      return el ? `${el.tagName}:${el.getAttribute('aria-label') ?? text}` : '';
    });
    reached.add(label);
  }
  for (const name of ['Open…', 'Export…', 'Print', 'Search', 'Download PNG', 'Download data (ZIP)', 'Copy citation', 'Widget · 위젯']) {
    expect(
      [...reached].some((r) => r.endsWith(`:${name}`)),
      `${name} reached by Tab; reached: ${[...reached].join(' | ')}`
    ).toBe(true);
  }
  // Visible focus ring on a focused button.
  await page.getByRole('button', { name: 'Download data (ZIP)' }).focus();
  const outline = await page.getByRole('button', { name: 'Download data (ZIP)' }).evaluate((b) => getComputedStyle(b).outlineStyle);
  expect(outline).not.toBe('none');
});

test('a long list of facts shows every fact check and the first few facts, all on request, and opens for a search jump', async () => {
  const section = defaultBriefing.sections.find((s) => (s.facts ?? []).filter((f, i) => i >= 6 && !f.checks?.length).length > 0);
  expect(section, 'the default dataset has a section with a long fact list').toBeDefined();
  const facts = section!.facts!;
  const hidden = facts.find((f, i) => i >= 6 && !f.checks?.length)!;
  app = await launchApp();
  const { page } = app;
  await openSection(page, section!);
  const list = sectionPanel(page).locator('aside.facts > ul > li');
  await expect(list).toHaveCount(facts.filter((f, i) => i < 6 || f.checks?.length).length);
  await expect(sectionPanel(page).locator('.check')).toHaveCount(facts.reduce((n, f) => n + (f.checks?.length ?? 0), 0));
  await expect(page.locator(`#fact-${hidden.id}`)).toHaveCount(0);
  await page.getByRole('button', { name: `Show all ${facts.length} facts` }).click();
  await expect(list).toHaveCount(facts.length);
  await page.getByRole('button', { name: 'Show fewer facts' }).click();
  await expect(page.locator(`#fact-${hidden.id}`)).toHaveCount(0);

  await sectionTabs(page).first().click();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search' }).fill(hidden.text);
  await page.getByRole('listbox', { name: 'Results' }).getByRole('option').filter({ hasText: /^Fact/ }).first().click();
  await expect(page.locator(`#fact-${hidden.id}`)).toBeVisible();
  await expect(page.locator(`#fact-${hidden.id}`)).toHaveClass(/highlight/);
});
