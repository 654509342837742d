import type { KeyFigure, Source } from '../../shared/briefing/schema';
import { formatValue } from '../../shared/briefing/figures';
import { qualifiedValue, qualifierParts } from '../../shared/i18n/qualifiers';
import { PDF_MESSAGES, type PdfLang, type PdfMessages } from '../../shared/i18n/pdf';
import { citationMark, type NumberedSource, type SourceNumbering } from '../../shared/briefing/numbering';
import type { TextRun } from './layout';
import type { TextStyle } from './theme';

// "2024-06-30" → "30 June 2024": the screen's formatter (src/shared/briefing/dates.ts), so dates read the same on paper.
import { readableDate as formatDate } from '../../shared/briefing/dates';
export { formatDate };

/**
 * The number of a key figure as a reader sees it: "about USD 35 m" (`withQualifier`), or the bare "USD 35 m" where
 * a leading qualifier has a line of its own (tiles; see shared/i18n/qualifiers.ts). In the document's language, by
 * the screen's rule: "약 3,500만 달러".
 */
export function keyFigureValue(ctx: { t: PdfMessages; lang: PdfLang }, k: KeyFigure, withQualifier = true): string {
  const v = formatValue(k.value, k.unit, ctx.lang);
  if (withQualifier) return qualifiedValue(v, k.qualifier, ctx.lang);
  // A qualifier that follows the number (Korean 이상) stays with it; one that leads has its own line.
  const { after } = qualifierParts(k.qualifier, ctx.lang);
  return after ? `${v} ${after}` : v;
}

/** Formats reference numbers as "[1, 3, 4]"; empty string when there are none. */
export const citation = citationMark;

/**
 * One reference-list line: "A. Writer. An example report. Example Institute, May 2024. https://… (accessed 30 June 2024)."
 * A crowded handout may leave out the access date, or the URL as well.
 */
export function referenceText(s: Source, detail: 'full' | 'no-accessed' | 'no-url' = 'full', t: PdfMessages = PDF_MESSAGES.en): string {
  // "et al." and titles ending in "?" already close themselves.
  const end = (t: string): string => (/[.?!]$/.test(t) ? t : `${t}.`);
  const parts: string[] = [];
  if (s.author) parts.push(end(s.author));
  parts.push(end(s.title));
  parts.push(end(`${s.publisher}${s.date ? `, ${t.date(s.date)}` : ''}`));
  if (s.strength === 'weak') parts.push(t.weakSource);
  const accessed = detail === 'full' ? s.accessed : undefined;
  if (s.url && detail !== 'no-url') parts.push(s.url + (accessed ? t.accessed(t.date(accessed)) : ''));
  else if (accessed) parts.push(t.accessedAlone(t.date(accessed)));
  return parts.join(' ');
}

/**
 * The sources one document cites, under the briefing-wide numbers of numbering.ts: a PDF of some
 * sections keeps the briefing's numbers, so its list holds only what it cites and may skip numbers.
 */
/**
 * Named destination of source n's entry in the PDF's list. By number, not id: it is written into every
 * citation link (about 700 in the default briefing), and numbers are briefing-wide, so "ref-12" is always [12].
 */
export function sourceDestination(n: number): string {
  return `ref-${n}`;
}

export class References {
  private readonly cited = new Set<string>();

  /** `linked`: the document has a source list with a destination per entry (the briefing; the handout has none). */
  constructor(
    readonly numbering: SourceNumbering,
    readonly linked = false
  ) {}

  /** Numbers for these source ids (ascending, each once), recording them as cited in this document. */
  cite(ids: readonly string[]): number[] {
    for (const id of ids) if (this.numbering.of(id) !== undefined) this.cited.add(id);
    return this.numbering.numbers(ids);
  }

  /**
   * "[1, 2]" for these ids. A long citation may wrap after one of its commas, as on screen, never before one: the
   * linked runs below break only there too, so what was measured with this text is what is drawn.
   */
  mark(ids: readonly string[]): string {
    return citation(this.cite(ids));
  }

  /**
   * "[3, 12]" as runs of a paragraph in `style`: in a linked document each number jumps to its entry in
   * the source list. The text is exactly `mark(ids)`, so a paragraph measured with it keeps its height.
   */
  runs(ids: readonly string[], style: TextStyle, color?: string): TextRun[] {
    const numbers = this.cite(ids);
    if (numbers.length === 0) return [];
    if (!this.linked) return [{ text: citation(numbers), style, color }];
    // One run per number, the brackets, commas and spaces riding along ("[3, " "12]"): pdfkit may break a line
    // between two runs, so each run ends at a place a line may end, and no line starts with a comma.
    const runs = numbers.map((n, i) => ({
      text: `${i === 0 ? '[' : ''}${n}${i === numbers.length - 1 ? ']' : ', '}`,
      style,
      color,
      goTo: sourceDestination(n)
    }));
    return runs;
  }

  /** Sources cited so far with their numbers, in number order. */
  list(): NumberedSource[] {
    return this.numbering.entries(this.cited);
  }
}
