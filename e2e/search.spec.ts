import { expect, test, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './harness';
import { defaultBriefing } from './helpers';

let app: LaunchedApp;
test.afterEach(async () => {
  await app?.close();
});

const semis = defaultBriefing.sections.find((s) => s.id === 'semiconductors')!;

async function openSearch(page: Page) {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search' });
  await expect(box).toBeFocused();
  return box;
}

/** The result groups (section titles) and the ids of the options, as listed. */
async function results(page: Page): Promise<{ groups: string[]; options: string[] }> {
  const list = page.getByRole('listbox', { name: 'Results' });
  const groups = await list.getByRole('group').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));
  const options = await list.getByRole('option').evaluateAll((os) => os.map((o) => o.textContent ?? ''));
  return { groups, options };
}

test('반도체, a decomposed 반도체, ㅂㄷㅊ and qkseh each find the Semiconductors section first, and its facts', async () => {
  app = await launchApp();
  const { page } = app;
  const box = await openSearch(page);
  for (const query of ['반도체', '반도체'.normalize('NFD'), 'ㅂㄷㅊ', 'qkseh']) {
    await box.fill(query);
    const first = page.getByRole('listbox', { name: 'Results' }).getByRole('option').first();
    await expect(first, query).toContainText('Section');
    await expect(first, query).toContainText(semis.title);
    const { groups, options } = await results(page);
    expect(groups[0], query).toBe(semis.title);
    // Facts of the section, shown by their words (the English dataset has no Hangul there).
    expect(options.filter((o) => o.startsWith('Fact')).length, query).toBeGreaterThan(3);
    expect(
      options.some((o) => /Fact\s*Fact/.test(o)),
      'a label is not repeated'
    ).toBe(false);
  }
});

test('인공지능 finds what is written about AI, marked as "AI", never "said"', async () => {
  app = await launchApp();
  const { page } = app;
  const box = await openSearch(page);
  await box.fill('인공지능');
  const marks = page.getByRole('listbox', { name: 'Results' }).locator('mark');
  await expect(marks.first()).toBeVisible();
  const marked = await marks.allTextContents();
  expect(marked.length).toBeGreaterThan(10);
  for (const m of marked) expect(m).toMatch(/^(AI|AIs|artificial intelligence|인공지능.*)$/i);
  const { options } = await results(page);
  // Titles rank first (figures on AI fill most of the 50 places); the sections' own words are found too.
  expect(options.filter((o) => /^(Fact|Takeaway|Text)/.test(o)).length).toBeGreaterThan(0);
});

test('the input method composing a syllable does not search half of it; the end of composition does; Esc closes', async () => {
  app = await launchApp();
  const { page } = app;
  const box = await openSearch(page);
  const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
  // As a Korean input method types 반: ㅂ, then 바, then 반, each an input event while composing.
  await box.evaluate((el: HTMLInputElement) => el.dispatchEvent(new CompositionEvent('compositionstart', { data: '' })));
  for (const partial of ['ㅂ', '바', '반', '반ㄷ', '반도', '반도ㅊ']) {
    await box.evaluate((el: HTMLInputElement, value) => {
      el.value = value;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: value, inputType: 'insertCompositionText' }));
    }, partial);
    // ㅂ alone would find every Hangul word beginning with it; nothing is searched while composing.
    await expect(options).toHaveCount(0);
    await expect(page.getByText(/Nothing found/)).toHaveCount(0);
  }
  await box.evaluate((el: HTMLInputElement) => {
    el.value = '반도체';
    el.dispatchEvent(new CompositionEvent('compositionend', { data: '체' }));
  });
  await expect(options.first()).toContainText(semis.title);

  // The first Esc closes the panel (not just clears the box), as the footer says.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveCount(0);
});
