import type { Briefing } from './schema';
import { entriesWithAll, buildWordIndex, type WordIndex } from './search-index';
import { findAlternative, initialsOf, normalise, planQuery, type QueryUnit } from './search-terms';

export { normalise } from './search-terms';

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

/** Builds the search index of a briefing: every section text, takeaway, fact, figure, company and glossary entry. */
export function buildSearchIndex(briefing: Briefing): SearchEntry[] {
  const out: SearchEntry[] = [];
  // Shown as composed Hangul (NFC) whatever form the dataset stores; compared in normalised form.
  const add = (kind: HitKind, sectionId: string | null, anchor: string, title: string, text: string): void => {
    const titleKey = normalise(title);
    out.push({
      kind,
      sectionId,
      anchor,
      title: title.normalize('NFC'),
      text: text.normalize('NFC'),
      haystack: `${titleKey}\n${normalise(text)}`,
      titleKey
    });
  };
  for (const s of briefing.sections) {
    add('section', s.id, anchors.section(s.id), s.title, s.summary);
    // Takeaways, paragraphs and facts have no title of their own: the result shows their kind and their words.
    s.takeaways.forEach((t, i) => add('takeaway', s.id, anchors.takeaway(s.id, i), '', t.text));
    s.body.forEach((p, i) => add('text', s.id, anchors.text(s.id, i), '', p.text));
    s.facts?.forEach((f) => add('fact', s.id, anchors.fact(f.id), '', [f.text, ...(f.checks ?? []).map((c) => c.note)].join('\n')));
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
  // The word index is made with the entries, so the first query does not wait for it.
  lookupOf(out);
  return out;
}

/** What a query is answered from: the word index of the entries' haystacks, and their titles' initial consonants. */
interface Lookup {
  words: WordIndex;
  /** Each entry's title as initial consonants (the first characters of its haystack's), made when first needed. */
  titleInitials: (string | undefined)[];
  /** Indexes of the section entries, whose titles say what a section is about. */
  sections: number[];
}

const lookups = new WeakMap<readonly SearchEntry[], Lookup>();

function lookupOf(index: readonly SearchEntry[]): Lookup {
  let lookup = lookups.get(index);
  if (!lookup) {
    const sections: number[] = [];
    index.forEach((e, i) => {
      if (e.kind === 'section') sections.push(i);
    });
    lookup = { words: buildWordIndex(index.map((e) => e.haystack)), titleInitials: new Array(index.length), sections };
    lookups.set(index, lookup);
  }
  return lookup;
}

function titleInitialsOf(index: readonly SearchEntry[], lookup: Lookup, i: number): string {
  return (lookup.titleInitials[i] ??= initialsOf(index[i].titleKey));
}

function usesInitials(units: readonly QueryUnit[]): boolean {
  return units.some((u) => u.alternatives.some((a) => a.in === 'initials'));
}

/**
 * How an entry ranks, or -1 when it lacks a word of the query. Each word in its title counts two, and two more when
 * the title has it as typed (위젯 ranks the glossary's "Widget (위젯)" above a figure on widgets); each word in its
 * section's title counts one (a fact in the Semiconductors section is more to the point of 반도체 than a passing
 * mention elsewhere). This checks the entry's whole text; `search` asks the word index which entries hold every word
 * and scores only their titles (titleScore), which comes to the same.
 */
export function rankEntry(units: readonly QueryUnit[], entry: SearchEntry, sectionHits: ReadonlyMap<string | null, number>): number {
  let score = sectionHits.get(entry.sectionId) ?? 0;
  const title = entry.titleKey;
  const initials = usesInitials(units) ? initialsOf(entry.haystack) : '';
  for (const unit of units) {
    // The title first (short, and a find there settles both questions), then the rest, stopping at the first form found.
    if (hasUnit(unit, title, initials.slice(0, title.length))) score += 2;
    else if (!hasUnit(unit, entry.haystack, initials)) return -1;
    if (findAlternative(unit.alternatives[0], title)) score += 2;
  }
  return score;
}

/** What rankEntry adds for the title of an entry known to hold every unit. */
function titleScore(units: readonly QueryUnit[], title: string, titleInitials: string): number {
  let score = 0;
  for (const unit of units) {
    if (hasUnit(unit, title, titleInitials)) score += 2;
    if (findAlternative(unit.alternatives[0], title)) score += 2;
  }
  return score;
}

function hasUnit(unit: QueryUnit, text: string, initials: string): boolean {
  return unit.alternatives.some((alt) => findAlternative(alt, alt.in === 'text' ? text : initials) !== null);
}

/** For each section, how many of the units its title holds. */
export function sectionTitleHits(units: readonly QueryUnit[], index: readonly SearchEntry[]): Map<string | null, number> {
  const hits = new Map<string | null, number>();
  const lookup = lookupOf(index);
  for (const i of lookup.sections) {
    const entry = index[i];
    const n = units.filter((u) => hasUnit(u, entry.titleKey, titleInitialsOf(index, lookup, i))).length;
    if (n) hits.set(entry.sectionId, n);
  }
  return hits;
}

interface Hit {
  entry: SearchEntry;
  score: number;
  order: number;
}

/**
 * Finds entries holding every word of the query, each in any of its forms (see search-terms.ts); better-ranked
 * entries first, then briefing order; grouped by section, the group of the best hit first. Answered from the word
 * index (search-index.ts).
 */
export function search(briefing: Briefing, index: readonly SearchEntry[], query: string | readonly QueryUnit[], limit = 50): SearchGroup[] {
  const units = typeof query === 'string' ? planQuery(briefing, query) : query;
  if (units.length === 0) return [];
  const sectionHits = sectionTitleHits(units, index);
  const lookup = lookupOf(index);
  // Most entries (takeaways, paragraphs, facts) have no title: theirs is scored once.
  const untitled = titleScore(units, '', '');
  const hits: Hit[] = entriesWithAll(lookup.words, units).map((order) => {
    const entry = index[order];
    const title = entry.titleKey ? titleScore(units, entry.titleKey, titleInitialsOf(index, lookup, order)) : untitled;
    return { entry, score: (sectionHits.get(entry.sectionId) ?? 0) + title, order };
  });
  return groupHits(briefing, hits, limit);
}

/** The same answer as `search` from a check of every entry in turn: the reference the word index is tested against. */
export function searchByScan(briefing: Briefing, index: readonly SearchEntry[], query: string, limit = 50): SearchGroup[] {
  const units = planQuery(briefing, query);
  if (units.length === 0) return [];
  const sectionHits = sectionTitleHits(units, index);
  const hits = index.map((entry, order) => ({ entry, score: rankEntry(units, entry, sectionHits), order })).filter((h) => h.score >= 0);
  return groupHits(briefing, hits, limit);
}

/** Best-ranked first, then briefing order; the first `limit` grouped by section. */
function groupHits(briefing: Briefing, hits: Hit[], limit: number): SearchGroup[] {
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  // Groups come in the order of their best hit, so the first result (the one Enter takes) is the best one.
  const groups = new Map<string | null, SearchGroup>();
  for (const { entry } of hits.slice(0, limit)) {
    let g = groups.get(entry.sectionId);
    if (!g) {
      const title =
        entry.sectionId === null ? 'Glossary' : (briefing.sections.find((s) => s.id === entry.sectionId)?.title ?? entry.sectionId);
      g = { sectionId: entry.sectionId, sectionTitle: title, hits: [] };
      groups.set(entry.sectionId, g);
    }
    g.hits.push(entry);
  }
  return [...groups.values()];
}
