import type { KeyFigure, Source } from '../../shared/briefing/schema';
import { formatValue } from '../../shared/briefing/figures';

// "2024-06-30" → "30 June 2024": the screen's formatter (src/shared/briefing/dates.ts), so dates read the same on paper.
import { readableDate as formatDate } from '../../shared/briefing/dates';
export { formatDate };

/** The number of a key figure as a reader sees it: "about USD 35 million". Pure; shared-helper candidate. */
export function keyFigureValue(k: KeyFigure): string {
  const v = formatValue(k.value, k.unit);
  return k.qualifier ? `${k.qualifier} ${v}` : v;
}

/** Formats reference numbers as "[1, 3, 4]"; empty string when there are none. */
export function citation(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  return `[${sorted.join(', ')}]`;
}

/**
 * One reference-list line: "A. Writer. An example report. Example Institute, May 2024. https://… (accessed 30 June 2024)."
 * A crowded handout may leave out the access date, or the URL as well.
 */
export function referenceText(s: Source, detail: 'full' | 'no-accessed' | 'no-url' = 'full'): string {
  // "et al." and titles ending in "?" already close themselves.
  const end = (t: string): string => (/[.?!]$/.test(t) ? t : `${t}.`);
  const parts: string[] = [];
  if (s.author) parts.push(end(s.author));
  parts.push(end(s.title));
  parts.push(end(`${s.publisher}${s.date ? `, ${formatDate(s.date)}` : ''}`));
  const accessed = detail === 'full' ? s.accessed : undefined;
  if (s.url && detail !== 'no-url') parts.push(s.url + (accessed ? ` (accessed ${formatDate(accessed)})` : ''));
  else if (accessed) parts.push(`Accessed ${formatDate(accessed)}.`);
  return parts.join(' ');
}

/**
 * Numbers sources in order of first citation (the usual style for numbered references),
 * so the list at the end only holds what the exported sections cite.
 */
export class References {
  private readonly numbers = new Map<string, number>();
  private readonly byId: ReadonlyMap<string, Source>;

  constructor(sources: readonly Source[]) {
    this.byId = new Map(sources.map((s) => [s.id, s]));
  }

  /** Numbers for these source ids, assigning new numbers on first use. */
  cite(ids: readonly string[]): number[] {
    return ids
      .filter((id) => this.byId.has(id))
      .map((id) => {
        let n = this.numbers.get(id);
        if (n === undefined) {
          n = this.numbers.size + 1;
          this.numbers.set(id, n);
        }
        return n;
      });
  }

  /** "[1, 2]" for these ids. */
  mark(ids: readonly string[]): string {
    return citation(this.cite(ids));
  }

  /** Cited sources with their numbers, in number order. */
  list(): { n: number; source: Source }[] {
    return [...this.numbers].map(([id, n]) => ({ n, source: this.byId.get(id) as Source })).sort((a, b) => a.n - b.n);
  }
}
