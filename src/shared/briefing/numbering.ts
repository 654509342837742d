import type { Briefing, Section, Source } from './schema';

/**
 * THE numbering of a briefing's sources: one number per source for the whole briefing, the same on
 * screen, in the full PDF, in a PDF of some sections, in the handout, in CSV metadata and in copied
 * citations. A selection keeps the briefing's numbers (so its list may skip some), which lets two
 * people holding different exports refer to a source by number.
 *
 * Numbers follow first citation in the briefing's reading order (sections in order; in each, the
 * order the full PDF writes them: key figures, takeaways, analysis, figures, facts; then companies
 * and the glossary), so the full PDF's list reads 1, 2, 3… Sources nobody cites come last, in
 * dataset order, so every source still has a number.
 */
export interface NumberedSource {
  n: number;
  source: Source;
}

export class SourceNumbering {
  private readonly byId = new Map<string, NumberedSource>();
  /** Every source of the briefing, in number order. */
  readonly all: readonly NumberedSource[];

  constructor(briefing: Pick<Briefing, 'sources' | 'sections' | 'companies' | 'glossary'>) {
    const known = new Map(briefing.sources.map((s) => [s.id, s]));
    const order = [...citedSourceIds(briefing.sections, [...(briefing.companies ?? []), ...(briefing.glossary ?? [])])];
    for (const s of briefing.sources) order.push(s.id);
    for (const id of order) {
      const source = known.get(id);
      if (source && !this.byId.has(id)) this.byId.set(id, { n: this.byId.size + 1, source });
    }
    this.all = [...this.byId.values()];
  }

  /** The number of a source id; undefined for an id the briefing does not have. */
  of(id: string): number | undefined {
    return this.byId.get(id)?.n;
  }

  /** Numbers of these ids, unique and ascending; unknown ids are left out. */
  numbers(ids: Iterable<string>): number[] {
    const ns = new Set<number>();
    for (const id of ids) {
      const n = this.of(id);
      if (n !== undefined) ns.add(n);
    }
    return [...ns].sort((a, b) => a - b);
  }

  /** These ids' sources with their numbers, in number order (each once; unknown ids left out). */
  entries(ids: Iterable<string>): NumberedSource[] {
    return this.numbers(ids).map((n) => this.all[n - 1]);
  }

  /** "[1, 4]" for these ids; "" when none is known. */
  mark(ids: Iterable<string>): string {
    return citationMark(this.numbers(ids));
  }

  /** A map id → number, for code that only looks numbers up. */
  asMap(): Map<string, number> {
    return new Map([...this.byId].map(([id, e]) => [id, e.n]));
  }
}

const cache = new WeakMap<object, SourceNumbering>();

/** The numbering of a briefing (computed once per briefing object; datasets are never mutated in place). */
export function numberSources(briefing: Pick<Briefing, 'sources' | 'sections' | 'companies' | 'glossary'>): SourceNumbering {
  let numbering = cache.get(briefing);
  if (!numbering) {
    numbering = new SourceNumbering(briefing);
    cache.set(briefing, numbering);
  }
  return numbering;
}

/** "[1, 3, 4]" for reference numbers (sorted, each once); "" when there are none. */
export function citationMark(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  return `[${[...new Set(numbers)].sort((a, b) => a - b).join(', ')}]`;
}

/** Name of the source entry a citation points to: the PDF's named destination and, per section, the screen's element id. */
export function sourceAnchor(sourceId: string, scope?: string): string {
  return scope ? `source-${scope}-${sourceId}` : `source-${sourceId}`;
}

/** Something outside the sections that cites sources: a company (with its parts) or a glossary entry. */
interface CitingItem {
  sources?: readonly string[];
  keyFigures?: readonly { sources: readonly string[] }[];
  products?: readonly { sources: readonly string[] }[];
  partnerships?: readonly { sources: readonly string[] }[];
}

/**
 * Ids of every source the given sections cite, in reading order (see SourceNumbering), plus any extra
 * items' sources (companies, glossary entries). A Set keeps the order in which ids were first added.
 */
export function citedSourceIds(sections: readonly Section[], extra: readonly CitingItem[] = []): Set<string> {
  const ids = new Set<string>();
  const add = (list: readonly string[] | undefined): void => list?.forEach((id) => ids.add(id));
  for (const section of sections) {
    section.keyFigures.forEach((k) => add(k.sources));
    section.takeaways.forEach((t) => add(t.sources));
    section.body.forEach((p) => add(p.sources));
    section.figures.forEach((fig) => {
      add(fig.sources);
      add(fig.noteSources);
      if (fig.kind === 'timeline') fig.events.forEach((e) => add(e.sources));
    });
    section.facts?.forEach((f) => {
      add(f.sources);
      f.checks?.forEach((c) => add(c.sources));
    });
  }
  extra.forEach((item) => {
    add(item.sources);
    // A company profile's numbers, products and partnerships cite sources of their own.
    for (const part of [...(item.keyFigures ?? []), ...(item.products ?? []), ...(item.partnerships ?? [])]) add(part.sources);
  });
  return ids;
}
