import { expect, test, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './harness';
import { defaultBriefing, openSection, sectionPanel, sectionTabs } from './helpers';

// The screen at every size: window widths 1024–2560 px, every text size step from 80% to 200%.

let app: LaunchedApp;
test.afterEach(async () => {
  await app?.close();
});

/** The app's text size steps (App.svelte's ZOOM_STEPS). */
const TEXT_SIZES = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];
const WINDOWS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 }
];

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The masthead's parts as laid out: eyebrow, title, subtitle, each dataset fact, each action (visible ones only). */
function headerBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('header.masthead :is(.eyebrow, h1, .subtitle, .meta > div, .actions > *)')]
      .map((el) => {
        const r = el.getBoundingClientRect();
        const name = `${el.tagName.toLowerCase()}.${el.className.split(' ')[0]} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
        return { name, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      })
      .filter((b) => b.right - b.left > 0 && b.bottom - b.top > 0)
  );
}

const overlap = (a: Box, b: Box): boolean =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** The text-size button reads the size once the app has applied it; then the masthead re-fits in the next frame. */
async function settled(page: Page, size: number): Promise<void> {
  await expect(page.getByRole('button', { name: `Text size ${Math.round(size * 100)}%, reset` })).toBeVisible();
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

/** Whether the tab's centre is the tab itself (inside the bar's visible part, not under an end button). */
function showsTab(page: Page, index: number): Promise<boolean> {
  return sectionTabs(page)
    .nth(index)
    .evaluate((tab) => {
      const r = tab.getBoundingClientRect();
      const bar = tab.parentElement!.getBoundingClientRect();
      if (r.left < bar.left - 0.5 || r.right > bar.right + 0.5) return false;
      return document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2) === tab;
    });
}

/** Waits for the tab bar's smooth scroll to come to rest. */
async function scrollStopped(page: Page): Promise<void> {
  const list = page.getByRole('tablist', { name: 'Briefing sections' });
  let last = Number.NaN;
  await expect
    .poll(
      async () => {
        const now = await list.evaluate((l) => l.scrollLeft);
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [120] }
    )
    .toBe(true);
}

/** Every tab is on screen, or the bar shows a sign on the side it lies and its button scrolls the tab into view. */
async function everyTabReachable(page: Page, where: string): Promise<void> {
  const tabs = sectionTabs(page);
  const n = await tabs.count();
  for (let i = 0; i < n; i++) {
    for (let step = 0; !(await showsTab(page, i)); step++) {
      expect(step, `${where}: tab ${i} never came into view`).toBeLessThan(n);
      const side = await tabs
        .nth(i)
        .evaluate((tab) => (tab.getBoundingClientRect().left < tab.parentElement!.getBoundingClientRect().left ? 'before' : 'after'));
      const sign = page.getByRole('button', { name: side === 'after' ? 'More tabs' : 'Earlier tabs' });
      await expect(sign, `${where}: tab ${i} is out of view with no sign that more tabs lie ${side}`).toBeVisible();
      const box = (await sign.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await scrollStopped(page);
    }
  }
  // Back to the start for the next size.
  await tabs.first().focus();
}

test('at every window width and text size the header holds: no overlap, tabs in the top 40%, every tab reachable, one measure', async () => {
  test.setTimeout(240_000);
  for (const viewport of WINDOWS) {
    app = await launchApp({ viewport });
    const { page } = app;
    await page.getByRole('button', { name: 'A− Smaller text' }).click();
    await page.getByRole('button', { name: 'A− Smaller text' }).click();
    for (const [k, size] of TEXT_SIZES.entries()) {
      if (k > 0) await page.getByRole('button', { name: 'A+ Larger text' }).click();
      await settled(page, size);
      const where = `${viewport.width}×${viewport.height} at ${Math.round(size * 100)}%`;

      const boxes = await headerBoxes(page);
      expect(boxes.length, where).toBeGreaterThanOrEqual(7);
      for (const [i, a] of boxes.entries()) {
        expect(a.right, `${where}: ${a.name} runs off the window`).toBeLessThanOrEqual(viewport.width + 0.5);
        for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${where}: ${a.name} overlaps ${b.name}`).toBe(false);
      }

      const tabsTop = (await page.getByRole('tablist', { name: 'Briefing sections' }).boundingBox())!.y;
      expect(tabsTop, `${where}: the tabs start below 40% of the window`).toBeLessThanOrEqual(viewport.height * 0.4);

      // Header and content share one measure: the title, the first tab's label and the section heading start together.
      const edges = await page.evaluate(() => {
        const textLeft = (el: Element | null): number => {
          const range = document.createRange();
          range.selectNodeContents(el!);
          return range.getClientRects()[0].left;
        };
        return {
          title: textLeft(document.querySelector('header.masthead h1')),
          tab: textLeft(document.querySelector('[role="tab"]')),
          heading: textLeft(document.querySelector('main > [role="tabpanel"] h2'))
        };
      });
      expect(Math.abs(edges.title - edges.heading), `${where}: title and content start apart`).toBeLessThanOrEqual(2);
      expect(Math.abs(edges.tab - edges.heading), `${where}: tabs and content start apart`).toBeLessThanOrEqual(3);

      await everyTabReachable(page, where);
    }
    await app.close();
  }
});

test('a skip link is the first stop of the keyboard and takes focus to the open section', async () => {
  app = await launchApp();
  const { page } = app;
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the section' });
  await expect(skip).toBeFocused();
  const box = (await skip.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  await expect(sectionPanel(page)).toBeFocused();
  const bar = (await page.locator('nav.tabs-bar').boundingBox())!;
  const heading = (await sectionPanel(page).getByRole('heading', { level: 2 }).boundingBox())!;
  expect(heading.y).toBeGreaterThanOrEqual(bar.y + bar.height);
});

test('a heading that takes focus is never left under the sticky tab bar', async () => {
  app = await launchApp({ viewport: { width: 1280, height: 720 } });
  const { page } = app;
  const section = defaultBriefing.sections[1];
  await openSection(page, section);
  const heading = page.locator(`#sources-${section.id}`);
  // Scroll the heading to just under the bar, where it is on screen but hidden: focusing it must bring it clear.
  const barBottom = await page.locator('nav.tabs-bar').evaluate((n) => n.getBoundingClientRect().height);
  await heading.evaluate((h, under) => {
    window.scrollBy(0, h.getBoundingClientRect().top - under);
    h.tabIndex = -1;
  }, barBottom - 24);
  const bar = (await page.locator('nav.tabs-bar').boundingBox())!;
  expect((await heading.boundingBox())!.y).toBeLessThan(bar.y + bar.height);
  await heading.focus();
  await expect.poll(async () => (await heading.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height);
});

test('dates read as the PDF writes them, not as ISO strings', async () => {
  app = await launchApp();
  const { page } = app;
  const iso = /\b(19|20)\d\d-(0[1-9]|1[0-2])\b/;
  for (const section of defaultBriefing.sections) {
    await openSection(page, section);
    const panel = sectionPanel(page);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(section.title);
    for (const text of await panel.locator('.tile .meta, figcaption').allInnerTexts()) expect(text, section.id).not.toMatch(iso);
  }
  await openSection(page, defaultBriefing.sections[1]);
  const withMonth = defaultBriefing.sections[1].keyFigures.findIndex((k) => k.asOf === '2019-12');
  expect(withMonth).toBeGreaterThanOrEqual(0);
  await expect(sectionPanel(page).locator('.tile .meta').nth(withMonth)).toContainText('As of December 2019');
});

test('key-figure tiles line up whatever their qualifier ("about", "more than")', async () => {
  app = await launchApp({ viewport: { width: 1280, height: 800 } });
  const { page } = app;
  for (const section of defaultBriefing.sections.filter((s) => s.keyFigures.some((k) => k.qualifier))) {
    await openSection(page, section);
    const rows = await sectionPanel(page)
      .locator('.tile')
      .evaluateAll((tiles) =>
        tiles.map((t) => {
          const part = (sel: string) => t.querySelector(sel)!.getBoundingClientRect();
          return { tile: t.getBoundingClientRect().top, value: part('.value').top, label: part('.label').top, meta: part('.meta').bottom };
        })
      );
    const firstRow = rows.filter((r) => Math.abs(r.tile - rows[0].tile) < 1);
    expect(firstRow.length, section.id).toBeGreaterThan(1);
    for (const key of ['value', 'label', 'meta'] as const) {
      const spread = Math.max(...firstRow.map((r) => r[key])) - Math.min(...firstRow.map((r) => r[key]));
      expect(spread, `${section.id}: tiles' ${key} out of line`).toBeLessThanOrEqual(1);
    }
  }
});

test('an axis that does not start at zero says so; one that does, does not', async () => {
  app = await launchApp();
  const { page } = app;
  const chips = defaultBriefing.sections.find((s) => s.figures.some((f) => f.id === 'chip-export-share'))!;
  await openSection(page, chips);
  await expect(page.locator('#figure-chip-export-share').getByTestId('axis-not-zero')).toBeVisible();
  await expect(page.locator('#figure-chip-exports-usd').getByTestId('axis-not-zero')).toHaveCount(0);
});
