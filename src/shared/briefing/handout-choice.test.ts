import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allFigureModels } from './figures';
import { chosenForHandout, figureChoices, numberChoices, overridesFrom, preselectFigures, preselectNumbers } from './handout-choice';
import type { Section } from './schema';
import { validateBriefing } from './validate';

const loaded = validateBriefing(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../../resources/briefing.json', import.meta.url)), 'utf8'))
);
if (!loaded.ok) throw new Error('the default briefing does not validate');
const briefing = loaded.briefing;
const figures = allFigureModels(briefing);
const byId = new Map(briefing.sections.map((s) => [s.id, s]));
const pick = (...ids: string[]): Section[] => ids.map((id) => byId.get(id) ?? fail(id));
const fail = (id: string): never => {
  throw new Error(`no section ${id}`);
};
const none = { numbers: {}, figures: {} };
const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);

/** Any non-empty selection of the default briefing's sections, in any order. */
const anySelection = fc
  .shuffledSubarray(
    briefing.sections.map((s) => s.id),
    { minLength: 1 }
  )
  .map((list) => pick(...list));

describe('the handout preselection the composer shows', () => {
  it('is, untouched, exactly what the PDF takes by default — for every selection and order', () => {
    fc.assert(
      fc.property(anySelection, (sections) => {
        const chosen = chosenForHandout(sections, figures, none);
        expect(ids(chosen.numbers)).toEqual(ids(preselectNumbers(sections)));
        expect(ids(chosen.figures)).toEqual(ids(preselectFigures(sections, figures)));
      }),
      { numRuns: 300 }
    );
  });

  it('takes both leads first for two sections, and the first chart of each', () => {
    const sections = pick('semiconductors', 'conglomerates');
    const chosen = chosenForHandout(sections, figures, none);
    expect(ids(chosen.numbers)).toEqual(['semiconductors-kf-1', 'conglomerates-kf-1', 'semiconductors-kf-2', 'semiconductors-kf-3']);
    // The chip chart leads; a timeline is never preselected for a section that has charts.
    expect(ids(chosen.figures).slice(0, 2)).toEqual(['dram-share-trendforce', 'samsung-ai-centres']);
    expect(ids(chosen.figures)).not.toContain('overseas-ai-lab-timeline');
  });

  it('offers only the chosen sections’ numbers and drawable figures, in the sections’ order', () => {
    const sections = pick('outlook', 'overview');
    expect(ids(numberChoices(sections))).toEqual([
      ...sections[0].keyFigures.map((_, i) => `outlook-kf-${i + 1}`),
      ...sections[1].keyFigures.map((_, i) => `overview-kf-${i + 1}`)
    ]);
    expect(ids(figureChoices(sections, figures))).toEqual([
      'ai-basic-act-timeline',
      'ai-data-centre-plan',
      'tortoise-2023-scores',
      'notable-ai-models'
    ]);
  });

  it('follows the reader’s ticks: an unticked number goes, a ticked figure joins in its section’s turn', () => {
    const sections = pick('semiconductors', 'conglomerates');
    const chosen = chosenForHandout(sections, figures, {
      numbers: { 'semiconductors-kf-2': false, 'conglomerates-kf-3': true },
      figures: { 'dram-share-trendforce': false, 'overseas-ai-lab-timeline': true }
    });
    expect(ids(chosen.numbers)).toEqual(['semiconductors-kf-1', 'conglomerates-kf-1', 'semiconductors-kf-3', 'conglomerates-kf-3']);
    expect(ids(chosen.figures)[0]).toBe('hbm-share');
    expect(ids(chosen.figures)[1]).toBe('samsung-ai-centres');
    expect(ids(chosen.figures)).toContain('overseas-ai-lab-timeline');
    expect(ids(chosen.figures)).not.toContain('dram-share-trendforce');
  });

  it('keeps a change when the sections change, and drops what a removed section had', () => {
    const overrides = { numbers: { 'conglomerates-kf-1': false }, figures: {} };
    const two = chosenForHandout(pick('conglomerates', 'patents'), figures, overrides);
    expect(ids(two.numbers)).not.toContain('conglomerates-kf-1');
    expect(ids(two.numbers)[0]).toBe('conglomerates-kf-2');
    const one = chosenForHandout(pick('patents'), figures, overrides);
    expect(ids(one.numbers).every((id) => id.startsWith('patents-'))).toBe(true);
  });
});

describe('a saved choice', () => {
  it('comes back as the same ticks when the composer reopens, and as no change when it was the suggestion', () => {
    const sections = pick('semiconductors', 'conglomerates');
    const overrides = { numbers: { 'semiconductors-kf-2': false, 'conglomerates-kf-3': true }, figures: { 'hbm-share': false } };
    const saved = chosenForHandout(sections, figures, overrides);
    const request = { handoutNumbers: ids(saved.numbers), handoutFigures: ids(saved.figures) };
    expect(overridesFrom(sections, figures, request)).toEqual(overrides);
    const untouched = chosenForHandout(sections, figures, none);
    expect(overridesFrom(sections, figures, { handoutNumbers: ids(untouched.numbers), handoutFigures: ids(untouched.figures) })).toEqual(
      none
    );
    expect(overridesFrom(sections, figures, {})).toEqual(none);
  });
});
