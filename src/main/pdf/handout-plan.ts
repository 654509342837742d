import type { FigureModel } from '../../shared/briefing/figures';
import { keyFiguresWithIds } from '../../shared/briefing/key-figures';
import type { KeyFigure, Section, SourcedText } from '../../shared/briefing/schema';
import { noteBlocks, type NoteBlock } from './notes';

/**
 * What the handout could show, before fitting: the candidates in the reader's order, chosen by the
 * request or preselected from the sections. Pure (no pdfkit), so the choice is easy to test and to show.
 */

/** A key figure with its id and section, as the handout's key numbers are chosen. */
export interface HandoutNumber {
  id: string;
  figure: KeyFigure;
  section: Section;
}

/** One section's notes as note blocks. */
export interface HandoutNote {
  section: Section;
  blocks: NoteBlock[];
}

export interface HandoutCandidates {
  numbers: HandoutNumber[];
  takeaways: { section: Section; item: SourcedText }[];
  /** Figures in the order they are placed: the front takes what fits, the back page (if asked for) the rest. */
  figures: FigureModel[];
  notes: HandoutNote[];
}

/** Key numbers on a row of tiles, and at most two rows. */
export const TILES_PER_ROW = 4;
export const MAX_TILES = 2 * TILES_PER_ROW;
/** Figures the front holds (one row) and the back page holds (two rows of two). */
export const FRONT_FIGURES = 2;
export const BACK_FIGURES = 4;

/**
 * Preselected key numbers: each section's lead number in the chosen order, then, to fill the row, the first
 * section's next numbers, then the second's…, so a two-section pack shows both leads and more of what it is
 * mostly about rather than a stray number of the second section. At most two rows.
 */
export function preselectNumbers(sections: readonly Section[]): HandoutNumber[] {
  const lists = sections.map((s) => keyFiguresWithIds(s));
  const out = lists.flatMap((l) => l.slice(0, 1)).slice(0, MAX_TILES);
  const target = Math.min(MAX_TILES, Math.ceil(Math.max(out.length, 1) / TILES_PER_ROW) * TILES_PER_ROW);
  for (const l of lists) for (const k of l.slice(1)) if (out.length < target) out.push(k);
  return out;
}

/** A figure the handout can draw small: a bar, line or share chart with values; a timeline only as a last resort. */
function drawable(m: FigureModel): boolean {
  return m.kind === 'timeline' ? m.events.length > 0 : m.series.some((s) => s.values.some((v) => v !== null));
}

/**
 * Preselected figures: the first chart of each chosen section in order (a section's timeline only if it has no
 * chart), then each section's second, and so on; a one-section pack thus gets its first two charts.
 */
export function preselectFigures(sections: readonly Section[], figures: readonly FigureModel[]): FigureModel[] {
  const perSection = sections.map((s) => {
    const own = figures.filter((f) => f.sectionId === s.id && drawable(f));
    const charts = own.filter((f) => f.kind !== 'timeline');
    return charts.length ? charts : own.slice(0, 1);
  });
  const out: FigureModel[] = [];
  for (let round = 0; perSection.some((l) => l.length > round); round++) for (const l of perSection) if (l[round]) out.push(l[round]);
  return out.slice(0, FRONT_FIGURES + BACK_FIGURES);
}

/** The candidates for a handout of these sections (in the reader's order) under the request's choices. */
export function handoutCandidates(
  sections: readonly Section[],
  figures: readonly FigureModel[],
  choice: { handoutNumbers?: readonly string[]; handoutFigures?: readonly string[]; notes: Readonly<Record<string, string>> }
): HandoutCandidates {
  const allNumbers = new Map(sections.flatMap((s) => keyFiguresWithIds(s)).map((k) => [k.id, k]));
  const numbers = choice.handoutNumbers
    ? choice.handoutNumbers.map((id) => allNumbers.get(id)).filter((k): k is HandoutNumber => k !== undefined)
    : preselectNumbers(sections);
  const byId = new Map(figures.map((f) => [f.id, f]));
  const chosenFigures = choice.handoutFigures
    ? choice.handoutFigures.map((id) => byId.get(id)).filter((f): f is FigureModel => f !== undefined)
    : preselectFigures(sections, figures);
  return {
    numbers,
    takeaways: sections.flatMap((section) => section.takeaways.slice(0, 1).map((item) => ({ section, item }))),
    figures: chosenFigures,
    notes: sections.flatMap((section) => {
      const blocks = noteBlocks(choice.notes[section.id] ?? '');
      return blocks.length ? [{ section, blocks }] : [];
    })
  };
}
