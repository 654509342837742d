import type { FigureModel } from '../../shared/briefing/figures';
import { keyFiguresWithIds } from '../../shared/briefing/key-figures';
import { preselectFigures, preselectNumbers, type HandoutNumber } from '../../shared/briefing/handout-choice';
import type { Section, SourcedText } from '../../shared/briefing/schema';
import { noteBlocks, type NoteBlock } from './notes';

// The choice of numbers and figures is shared with the composer's picker (one rule for screen and PDF).
export {
  BACK_FIGURES,
  FRONT_FIGURES,
  MAX_TILES,
  preselectFigures,
  preselectNumbers,
  TILES_PER_ROW,
  type HandoutNumber
} from '../../shared/briefing/handout-choice';

/**
 * What the handout could show, before fitting: the candidates in the reader's order, chosen by the
 * request or preselected from the sections (shared/briefing/handout-choice.ts, which the composer uses too).
 */

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
