import { translate } from '../src/shared/i18n/messages';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { referenceText } from '../src/main/pdf/format';
import { readPdf, squash } from '../src/main/pdf/testing/pdf-reader';
import { claimBadge, factStatus, tallyClaims, tallySentence } from '../src/shared/briefing/verdicts';
import { COMPANIES_TAB, tabItems } from '../src/renderer/src/lib/tabs';
import { launchApp, type LaunchedApp } from './harness';
import { defaultBriefing, openSection, sectionPanel, sectionTabs } from './helpers';

let app: LaunchedApp;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => {
  await app?.close();
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byId = new Map(defaultBriefing.sources.map((s) => [s.id, s]));

test('every tab lists each source under the number the exported PDF gives it', async () => {
  test.setTimeout(120_000);
  const { page } = app;
  const onScreen = new Map<number, string>();
  const tabs = await sectionTabs(page).count();
  const items = tabItems(defaultBriefing, (key) => translate('en', key));
  expect(tabs).toBe(items.length);
  for (let i = 0; i < tabs; i++) {
    // The Companies list has no source list of its own; each profile page does, under the same numbers.
    if (items[i].id === COMPANIES_TAB) continue;
    await sectionTabs(page).nth(i).click();
    // The tab's own source list (a section's, or the glossary's), then the numbers its citations show.
    const entries = await sectionPanel(page)
      .locator('section.sources li[data-source]')
      .evaluateAll((lis) => lis.map((li) => [Number(li.getAttribute('value')), li.getAttribute('data-source') ?? '']));
    expect(entries.length, `tab ${i + 1} lists its sources`).toBeGreaterThan(0);
    for (const [n, id] of entries as [number, string][]) {
      if (onScreen.has(n)) expect(onScreen.get(n), `[${n}] is the same source on every tab`).toBe(id);
      onScreen.set(n, id);
    }
    const cited = await sectionPanel(page)
      .getByRole('button', { name: /^Source \d+: / })
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));
    for (const label of cited) {
      const [, n, title] = /^Source (\d+): (.*)$/.exec(label)!;
      expect(byId.get(onScreen.get(Number(n)) ?? '')?.title, `citation ${label} matches the list`).toBe(title);
    }
  }

  const target = join(app.tmpDir, 'full.pdf');
  await app.answerDialogs({ savePath: target });
  await page.getByRole('button', { name: 'Export…' }).click();
  const panel = page.getByRole('dialog', { name: 'Export PDF' });
  await panel.getByRole('button', { name: 'Export…' }).click();
  await expect(panel.getByRole('status')).toContainText(target, { timeout: 60_000 });
  const pdf = await readPdf(readFileSync(target));
  const start = pdf.pages.findIndex(
    (p) => squash(p.text).startsWith('Sources') || squash(p.text).includes('Sources One number per source')
  );
  const list = squash(
    pdf.pages
      .slice(start)
      .map((p) => p.text)
      .join(' ')
  );
  let found = 0;
  for (const [n, id] of onScreen) {
    const source = byId.get(id)!;
    // The whole entry, up to its URL, so sources with similar titles are told apart.
    const entry = squash(referenceText(source, 'no-url'));
    if (!list.includes(entry)) continue; // cited only by what the PDF does not print (the companies table)
    found++;
    expect(list, `${id} is [${n}] in the PDF too`).toMatch(new RegExp(`\\[${n}\\s*\\] ${escape(entry)}`));
  }
  // Sources cited only by company profiles belong to the company sheets, not to the briefing's list.
  const citedByBriefing = new Set(
    JSON.stringify({ sections: defaultBriefing.sections, glossary: defaultBriefing.glossary }).match(/[a-z0-9-]+/g)
  );
  const inBriefing = [...onScreen.values()].filter((id) => citedByBriefing.has(id)).length;
  expect(found).toBeGreaterThan(inBriefing * 0.9);
});

test('a citation leads to its source, by mouse and by keyboard', async () => {
  const { page } = app;
  const overview = defaultBriefing.sections[0];
  const takeaway = page.locator(`#takeaway-${overview.id}-0`);
  const cite = takeaway.getByRole('button', { name: /^Source \d+: / }).first();
  const label = (await cite.getAttribute('aria-label'))!;
  const [, n, title] = /^Source (\d+): (.*)$/.exec(label)!;
  await cite.click();
  const entry = sectionPanel(page).locator('section.sources li:focus');
  await expect(entry).toHaveAttribute('value', n);
  await expect(entry.locator('.s-title')).toHaveText(title);
  await expect(entry).toHaveAttribute('data-highlight', '');
  await expect(entry).toBeInViewport();

  // From the keyboard: focus a citation of another paragraph and press Enter.
  await page.evaluate(() => window.scrollTo(0, 0));
  const other = page
    .locator(`#text-${overview.id}-0`)
    .getByRole('button', { name: /^Source \d+: / })
    .first();
  await other.focus();
  await page.keyboard.press('Enter');
  const [, m] = /^Source (\d+): /.exec((await other.getAttribute('aria-label'))!)!;
  await expect(sectionPanel(page).locator('section.sources li:focus')).toHaveAttribute('value', m);
});

test('opens an http and an https source in the browser, marks http as not secure, and refuses a URL the briefing does not cite', async () => {
  const { page } = app;
  const sources = sectionPanel(page).locator('section.sources');
  const plain = sources.locator('li', { has: page.locator('.insecure') }).first();
  const secure = sources
    .locator('li', { hasNot: page.locator('.insecure') })
    .filter({ has: page.locator('button.link') })
    .first();
  const plainUrl = (await plain.locator('button.link').textContent())!;
  const secureUrl = (await secure.locator('button.link').textContent())!;
  expect(plainUrl).toMatch(/^http:\/\//);
  expect(secureUrl).toMatch(/^https:\/\//);
  await expect(plain.locator('.insecure')).toHaveText('not secure');

  await plain.locator('button.link').click();
  await secure.locator('button.link').click();
  await expect
    .poll(() => app.revealed())
    .toEqual([
      { action: 'link', path: plainUrl },
      { action: 'link', path: secureUrl }
    ]);
  await expect(sources.getByRole('status')).toHaveText(`Opened ${secureUrl} in your web browser.`);

  // Whatever the page asks, the main process opens only what the briefing cites, and only web pages.
  const refused = await page.evaluate(async () => [
    await window.briefing.openSource({ url: 'https://example.com/not-in-the-briefing' }),
    await window.briefing.openSource({ url: 'file:///etc/passwd' })
  ]);
  expect(refused.map((r) => r.ok)).toEqual([false, false]);
  expect(await app.revealed()).toHaveLength(2);
});

test("a figure's Sources view lists its sources once and its note once, and an error clears when the next action works", async () => {
  const { page } = app;
  const section = defaultBriefing.sections.find((s) => s.figures.some((f) => f.note))!;
  const fig = section.figures.find((f) => f.note)!;
  await openSection(page, section);
  const card = page.locator(`#figure-${fig.id}`);
  await card.getByRole('tab', { name: 'Sources' }).click();
  await expect(card.locator('li[data-source]')).toHaveCount(new Set(fig.sources).size);
  const text = (await card.textContent()) ?? '';
  expect(text.split(fig.note!.slice(0, 40)).length - 1).toBe(1);

  // A save into a folder fails; the copy that follows succeeds and replaces the red message.
  await app.answerDialogs({ savePath: app.tmpDir });
  await card.getByRole('button', { name: 'Download data (ZIP)' }).click();
  const status = card.locator('.tools [role="status"]');
  await expect(status).toHaveClass(/error/);
  await card.getByRole('button', { name: 'Copy citation' }).click();
  await expect(status).toHaveText('Citation copied.');
  await expect(status).not.toHaveClass(/error/);
});

test("the Overview says how the article's claims came out; each claim shows its verdict and other facts their source", async () => {
  const { page } = app;
  const article = defaultBriefing.sources.find((s) => s.id === defaultBriefing.basedOn)!;
  await expect(page.getByTestId('claim-tally')).toHaveText(tallySentence(tallyClaims(defaultBriefing), article.title)!);
  for (const section of defaultBriefing.sections) {
    await openSection(page, section);
    for (const fact of section.facts ?? []) {
      const item = page.locator(`#fact-${fact.id}`);
      if ((await item.count()) === 0) continue; // beyond the first few, shown on request
      const status = factStatus(defaultBriefing, fact);
      if (status.kind === 'claim') await expect(item.locator('.status')).toHaveText(claimBadge(status));
      else await expect(item.locator('.status')).toHaveText(/^From /);
    }
  }
  await expect(page.getByText(/not yet checked/)).toHaveCount(0);
});

test('a downloaded PNG keeps margins on every side around its title, chart and source line', async () => {
  const { page } = app;
  const fig = defaultBriefing.sections[0].figures[0];
  const card = page.locator(`#figure-${fig.id}`);
  const pngPath = join(app.tmpDir, 'figure.png');
  await app.answerDialogs({ savePath: pngPath });
  await card.getByRole('button', { name: 'Download PNG' }).click();
  await expect(card.getByRole('status')).toContainText(pngPath);
  const base64 = readFileSync(pngPath).toString('base64');
  const ink = await page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data: px } = ctx.getImageData(0, 0, img.width, img.height);
    /** Pixels that are not white in a band of columns or rows. */
    const count = (x0: number, x1: number, y0: number, y1: number): number => {
      let n = 0;
      for (let y = y0; y < y1; y++)
        for (let x = x0; x < x1; x++) {
          const i = (y * img.width + x) * 4;
          if (px[i] < 245 || px[i + 1] < 245 || px[i + 2] < 245) n++;
        }
      return n;
    };
    const m = 80;
    return {
      width: img.width,
      left: count(0, m, 0, img.height),
      right: count(img.width - m, img.width, 0, img.height),
      top: count(0, img.width, 0, m),
      bottom: count(0, img.width, img.height - m, img.height),
      inside: count(m, img.width - m, m, img.height - m)
    };
  }, base64);
  expect(ink.width).toBe(2400);
  expect({ left: ink.left, right: ink.right, top: ink.top, bottom: ink.bottom }).toEqual({ left: 0, right: 0, top: 0, bottom: 0 });
  expect(ink.inside).toBeGreaterThan(10_000);
});
