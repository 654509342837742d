import type { ReadingLang } from './localize';
import type { Briefing } from './schema';
import { searchEntries, type SearchEntry } from './search-entries';
import { entriesWithAll, buildWordIndex, type WordIndex } from './search-index';
import { findAlternative, initialsOf, planQuery, type QueryUnit } from './search-terms';

export { normalise } from './search-terms';
export { anchors, type HitKind, type SearchEntry } from './search-entries';

export interface SearchGroup {
  sectionId: string | null;
  sectionTitle: string;
  hits: SearchEntry[];
}

/**
 * The search index of a briefing (the dataset as loaded): its entries (search-entries.ts), shown in `lang` and found
 * in both languages, with the word index queries are answered from.
 */
export function buildSearchIndex(briefing: Briefing, lang: ReadingLang = 'en'): SearchEntry[] {
  const entries = searchEntries(briefing, lang);
  // The word index is made with the entries, so the first query does not wait for it.
  lookupOf(entries);
  return entries;
}

/** What a query is answered from: the word index of the entries' haystacks, and their titles' initial consonants. */
interface Lookup {
  words: WordIndex;
  /** Each entry's title as initial consonants (the first characters of its haystack's), made when first needed. */
  titleInitials: (string | undefined)[];
  /** Indexes of the section entries, whose titles say what a section is about. */
  sections: number[];
  /** Each section's title as the entries show it (in the reader's language), for the result groups. */
  sectionTitles: Map<string | null, string>;
}

const lookups = new WeakMap<readonly SearchEntry[], Lookup>();

function lookupOf(index: readonly SearchEntry[]): Lookup {
  let lookup = lookups.get(index);
  if (!lookup) {
    const sections: number[] = [];
    const sectionTitles = new Map<string | null, string>();
    index.forEach((e, i) => {
      if (e.kind !== 'section') return;
      sections.push(i);
      sectionTitles.set(e.sectionId, e.title);
    });
    lookup = { words: buildWordIndex(index.map((e) => e.haystack)), titleInitials: new Array(index.length), sections, sectionTitles };
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
  const orders = entriesWithAll(lookup.words, units);
  const scores = orders.map((order) => {
    const entry = index[order];
    const title = entry.titleKey ? titleScore(units, entry.titleKey, titleInitialsOf(index, lookup, order)) : untitled;
    return (sectionHits.get(entry.sectionId) ?? 0) + title;
  });
  const hits = best(orders, scores, limit).map((i) => ({ entry: index[orders[i]], score: scores[i], order: orders[i] }));
  return groupHits(briefing, index, hits, limit);
}

/**
 * The places in `orders` of the `limit` best hits, as sorting all of them (score, then briefing order) would give,
 * without sorting thousands (반도체 has 7,000 hits at ×100): scores are small whole numbers, so the lowest score that
 * still gets in is found by counting, and only the hits above it and the first ones at it are kept.
 */
function best(orders: readonly number[], scores: readonly number[], limit: number): number[] {
  if (orders.length <= limit) return orders.map((_, i) => i);
  const count = new Map<number, number>();
  for (const s of scores) count.set(s, (count.get(s) ?? 0) + 1);
  let above = 0;
  let cut = 0;
  for (const s of [...count.keys()].sort((a, b) => b - a)) {
    cut = s;
    if (above + count.get(s)! >= limit) break;
    above += count.get(s)!;
  }
  // Orders ascend, so the first hits at the cut are the earliest in the briefing.
  let atCut = limit - above;
  const kept: number[] = [];
  scores.forEach((s, i) => {
    if (s > cut || (s === cut && atCut-- > 0)) kept.push(i);
  });
  return kept;
}

/** The same answer as `search` from a check of every entry in turn: the reference the word index is tested against. */
export function searchByScan(briefing: Briefing, index: readonly SearchEntry[], query: string, limit = 50): SearchGroup[] {
  const units = planQuery(briefing, query);
  if (units.length === 0) return [];
  const sectionHits = sectionTitleHits(units, index);
  const hits = index.map((entry, order) => ({ entry, score: rankEntry(units, entry, sectionHits), order })).filter((h) => h.score >= 0);
  return groupHits(briefing, index, hits, limit);
}

/** Best-ranked first, then briefing order; the first `limit` grouped by section. */
function groupHits(briefing: Briefing, index: readonly SearchEntry[], hits: Hit[], limit: number): SearchGroup[] {
  const { sectionTitles } = lookupOf(index);
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  // Groups come in the order of their best hit, so the first result (the one Enter takes) is the best one.
  const groups = new Map<string | null, SearchGroup>();
  for (const { entry } of hits.slice(0, limit)) {
    let g = groups.get(entry.sectionId);
    if (!g) {
      const title =
        entry.sectionId === null
          ? 'Glossary'
          : (sectionTitles.get(entry.sectionId) ?? briefing.sections.find((s) => s.id === entry.sectionId)?.title ?? entry.sectionId);
      g = { sectionId: entry.sectionId, sectionTitle: title, hits: [] };
      groups.set(entry.sectionId, g);
    }
    g.hits.push(entry);
  }
  return [...groups.values()];
}
