import type { Briefing } from './schema';

export type HitKind = 'section' | 'takeaway' | 'text' | 'fact' | 'figure' | 'company' | 'glossary';

/** One searchable piece of the briefing and where it is shown. */
export interface SearchEntry {
  kind: HitKind;
  /** Section to open, or null for the glossary. */
  sectionId: string | null;
  /** Element id to scroll to and highlight. */
  anchor: string;
  title: string;
  text: string;
  /** Title and text, normalised: what a query is matched against. */
  haystack: string;
  /** The title, normalised: matches there rank first. */
  titleKey: string;
  /** For a company with a profile: its id, so the hit opens the profile page. */
  companyId?: string;
}

export interface SearchGroup {
  sectionId: string | null;
  sectionTitle: string;
  hits: SearchEntry[];
}

/** Element ids used by the renderer and the search alike, so a hit always has a place to jump to. */
export const anchors = {
  takeaway: (sectionId: string, i: number) => `takeaway-${sectionId}-${i}`,
  text: (sectionId: string, i: number) => `text-${sectionId}-${i}`,
  fact: (factId: string) => `fact-${factId}`,
  figure: (figureId: string) => `figure-${figureId}`,
  company: (i: number) => `company-${i}`,
  glossary: (i: number) => `glossary-${i}`,
  section: (sectionId: string) => `heading-${sectionId}`
};

/** Lower-cases and composes Hangul so "한국" typed as jamo or syllables matches alike. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en-US');
}

/** Builds the search index of a briefing: every section text, takeaway, fact, figure, company and glossary entry. */
export function buildSearchIndex(briefing: Briefing): SearchEntry[] {
  const out: SearchEntry[] = [];
  const add = (kind: HitKind, sectionId: string | null, anchor: string, title: string, text: string): void => {
    const titleKey = normalise(title);
    out.push({ kind, sectionId, anchor, title, text, haystack: `${titleKey}\n${normalise(text)}`, titleKey });
  };
  for (const s of briefing.sections) {
    add('section', s.id, anchors.section(s.id), s.title, s.summary);
    s.takeaways.forEach((t, i) => add('takeaway', s.id, anchors.takeaway(s.id, i), 'Takeaway', t.text));
    s.body.forEach((p, i) => add('text', s.id, anchors.text(s.id, i), s.title, p.text));
    s.facts?.forEach((f) => add('fact', s.id, anchors.fact(f.id), 'Fact', [f.text, ...(f.checks ?? []).map((c) => c.note)].join('\n')));
    s.figures.forEach((f) =>
      add(
        'figure',
        s.id,
        anchors.figure(f.id),
        f.title,
        [
          f.note ?? '',
          f.summary ?? '',
          f.kind === 'timeline' ? f.events.map((e) => `${e.label} ${e.detail ?? ''}`).join('\n') : f.labels.join(', ')
        ].join('\n')
      )
    );
  }
  briefing.companies?.forEach((c, i) => {
    // A profile is found by its aliases, products and partners as well as its name.
    const profile = [...(c.aliases ?? []), ...(c.products ?? []).map((p) => p.name), ...(c.partnerships ?? []).map((p) => p.partner)];
    add(
      'company',
      c.section ?? null,
      anchors.company(i),
      c.nameKo ? `${c.name} (${c.nameKo})` : c.name,
      [c.product ? `${c.focus} · ${c.product}` : c.focus, ...profile].join('\n')
    );
    if (c.id) out[out.length - 1].companyId = c.id;
  });
  briefing.glossary?.forEach((g, i) => add('glossary', null, anchors.glossary(i), g.ko ? `${g.term} (${g.ko})` : g.term, g.explanation));
  return out;
}

/** Every entry's haystack in one string, and where each starts: one scan finds a word in all of them. */
interface Corpus {
  text: string;
  starts: number[];
}

const corpora = new WeakMap<readonly SearchEntry[], Corpus>();

function corpusOf(index: readonly SearchEntry[]): Corpus {
  let corpus = corpora.get(index);
  if (!corpus) {
    const starts: number[] = [];
    let at = 0;
    for (const e of index) {
      starts.push(at);
      at += e.haystack.length + 1;
    }
    corpus = { text: index.map((e) => e.haystack).join('\n'), starts };
    corpora.set(index, corpus);
  }
  return corpus;
}

/** The entry a position of the corpus belongs to. */
function entryAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Indexes, in order, of the entries whose haystack holds `term`: the first occurrence in each, found by
 * one scan of the corpus that jumps to the next entry after a find.
 */
function entriesWith(index: readonly SearchEntry[], term: string): number[] {
  const { text, starts } = corpusOf(index);
  const found: number[] = [];
  let pos = text.indexOf(term);
  while (pos !== -1) {
    const i = entryAt(starts, pos);
    // A find across the line between two entries is checked against the entry itself.
    if (index[i].haystack.includes(term)) found.push(i);
    pos = i + 1 < starts.length ? text.indexOf(term, starts[i + 1]) : -1;
  }
  return found;
}

/** Finds entries containing every word of the query; titles that match rank first. Grouped by section in briefing order. */
export function search(briefing: Briefing, index: readonly SearchEntry[], query: string, limit = 50): SearchGroup[] {
  const terms = normalise(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const hits: { entry: SearchEntry; score: number; order: number }[] = [];
  // The longest word is likely the rarest: find its entries, then check the others there.
  const longest = terms.reduce((a, b) => (b.length > a.length ? b : a));
  for (const order of entriesWith(index, longest)) {
    const entry = index[order];
    if (!terms.every((t) => entry.haystack.includes(t))) continue;
    const score = terms.filter((t) => entry.titleKey.includes(t)).length;
    hits.push({ entry, score, order });
  }
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  const kept = hits.slice(0, limit);
  const sectionOrder = new Map(briefing.sections.map((s, i) => [s.id, i]));
  const groups = new Map<string | null, SearchGroup>();
  for (const { entry } of kept) {
    let g = groups.get(entry.sectionId);
    if (!g) {
      const title =
        entry.sectionId === null ? 'Glossary' : (briefing.sections.find((s) => s.id === entry.sectionId)?.title ?? entry.sectionId);
      g = { sectionId: entry.sectionId, sectionTitle: title, hits: [] };
      groups.set(entry.sectionId, g);
    }
    g.hits.push(entry);
  }
  const rank = (id: string | null): number =>
    id === null ? Number.MAX_SAFE_INTEGER : (sectionOrder.get(id) ?? Number.MAX_SAFE_INTEGER - 1);
  return [...groups.values()].sort((a, b) => rank(a.sectionId) - rank(b.sectionId));
}
