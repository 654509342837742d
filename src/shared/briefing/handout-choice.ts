import type { FigureModel } from './figures';
import { keyFiguresWithIds } from './key-figures';
import type { KeyFigure, Section } from './schema';

/**
 * Which key numbers and figures a handout offers and preselects, and in what order it takes the ones chosen.
 * Shared by the PDF (main/pdf/handout-plan.ts) and the composer's picker, so the boxes ticked on screen are the
 * numbers and figures the PDF takes by default: one rule, two callers.
 */

/** A key figure with its id and section, as the handout's key numbers are chosen. */
export interface HandoutNumber {
  id: string;
  figure: KeyFigure;
  section: Section;
}

/** Key numbers on a row of tiles, and at most two rows preselected. */
export const TILES_PER_ROW = 4;
export const MAX_TILES = 2 * TILES_PER_ROW;
/** Figures the front holds (one row) and the back page holds (two rows of two). */
export const FRONT_FIGURES = 2;
export const BACK_FIGURES = 4;

/** A figure the handout can draw small: a bar, line or share chart with values; a timeline only with events. */
export function handoutDrawable(m: FigureModel): boolean {
  return m.kind === 'timeline' ? m.events.length > 0 : m.series.some((s) => s.values.some((v) => v !== null));
}

/** Every key number the handout could show, section by section in the chosen order. */
export function numberChoices(sections: readonly Section[]): HandoutNumber[] {
  return sections.flatMap((s) => keyFiguresWithIds(s));
}

/** Every figure the handout could draw, section by section in the chosen order (each section's in its own order). */
export function figureChoices(sections: readonly Section[], figures: readonly FigureModel[]): FigureModel[] {
  return sections.flatMap((s) => figures.filter((f) => f.sectionId === s.id && handoutDrawable(f)));
}

/**
 * The handout's order of the numbers chosen: the first of each section in the sections' order (its lead), then the
 * rest, section by section. So a two-section pack shows both leads first.
 */
export function orderNumbers(sections: readonly Section[], chosen: ReadonlySet<string>): HandoutNumber[] {
  const lists = sections.map((s) => keyFiguresWithIds(s).filter((k) => chosen.has(k.id)));
  return [...lists.flatMap((l) => l.slice(0, 1)), ...lists.flatMap((l) => l.slice(1))];
}

/** The handout's order of the figures chosen: each section's first in the sections' order, then each one's second… */
export function orderFigures(sections: readonly Section[], figures: readonly FigureModel[], chosen: ReadonlySet<string>): FigureModel[] {
  return roundRobin(sections.map((s) => figures.filter((f) => f.sectionId === s.id && chosen.has(f.id))));
}

function roundRobin<T>(lists: readonly T[][]): T[] {
  const out: T[] = [];
  for (let round = 0; lists.some((l) => l.length > round); round++) for (const l of lists) if (l[round]) out.push(l[round]);
  return out;
}

/**
 * Preselected key numbers: each section's lead number in the chosen order, then, to fill the row, the first
 * section's next numbers, then the second's…, so a two-section pack shows both leads and more of what it is
 * mostly about rather than a stray number of the second section. At most two rows.
 */
export function preselectNumbers(sections: readonly Section[]): HandoutNumber[] {
  const all = orderNumbers(sections, new Set(numberChoices(sections).map((k) => k.id)));
  const leads = sections.filter((s) => s.keyFigures.length).length;
  const target = Math.min(MAX_TILES, Math.ceil(Math.max(leads, 1) / TILES_PER_ROW) * TILES_PER_ROW);
  return all.slice(0, target);
}

/**
 * Preselected figures: the first chart of each chosen section in order (a section's timeline only if it has no
 * chart), then each section's second, and so on; a one-section pack thus gets its first two charts. As many as the
 * front and a back page hold.
 */
export function preselectFigures(sections: readonly Section[], figures: readonly FigureModel[]): FigureModel[] {
  const perSection = sections.map((s) => {
    const own = figures.filter((f) => f.sectionId === s.id && handoutDrawable(f));
    const charts = own.filter((f) => f.kind !== 'timeline');
    return charts.length ? charts : own.slice(0, 1);
  });
  return roundRobin(perSection).slice(0, FRONT_FIGURES + BACK_FIGURES);
}

/** The reader's changes to the preselection: an id ticked (true) or unticked (false); ids not named follow it. */
export interface HandoutOverrides {
  numbers: Readonly<Record<string, boolean>>;
  figures: Readonly<Record<string, boolean>>;
}

/**
 * The numbers and figures the composer asks for: the preselection of these sections with the reader's changes, in
 * the handout's order. With no changes it is exactly the preselection, so a pack nobody touched prints what the PDF
 * would choose by itself, and the boxes ticked on screen are the ones printed.
 */
export function chosenForHandout(
  sections: readonly Section[],
  figures: readonly FigureModel[],
  overrides: HandoutOverrides
): { numbers: HandoutNumber[]; figures: FigureModel[] } {
  const numberDefaults = new Set(preselectNumbers(sections).map((k) => k.id));
  const figureDefaults = new Set(preselectFigures(sections, figures).map((f) => f.id));
  const numberIds = numberChoices(sections).map((k) => k.id);
  const figureIds = figureChoices(sections, figures).map((f) => f.id);
  const ticked = (ids: readonly string[], defaults: Set<string>, changes: Readonly<Record<string, boolean>>): Set<string> =>
    new Set(ids.filter((id) => changes[id] ?? defaults.has(id)));
  return {
    numbers: orderNumbers(sections, ticked(numberIds, numberDefaults, overrides.numbers)),
    figures: orderFigures(sections, figures, ticked(figureIds, figureDefaults, overrides.figures))
  };
}

/**
 * The changes to the preselection that a saved request's lists make (for a composer reopened on the last pack):
 * only where a list differs from the preselection, so what it left as suggested keeps following the suggestion.
 */
export function overridesFrom(
  sections: readonly Section[],
  figures: readonly FigureModel[],
  request: { handoutNumbers?: readonly string[]; handoutFigures?: readonly string[] }
): HandoutOverrides {
  const changes = (ids: readonly string[], defaults: readonly string[], list: readonly string[] | undefined): Record<string, boolean> => {
    if (!list) return {};
    const on = new Set(list);
    const suggested = new Set(defaults);
    return Object.fromEntries(ids.filter((id) => on.has(id) !== suggested.has(id)).map((id) => [id, on.has(id)]));
  };
  return {
    numbers: changes(ids(numberChoices(sections)), ids(preselectNumbers(sections)), request.handoutNumbers),
    figures: changes(ids(figureChoices(sections, figures)), ids(preselectFigures(sections, figures)), request.handoutFigures)
  };
}

const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);
