// A word index over the search entries' haystacks, so a query is answered from the words that hold it instead of a
// scan of every entry (at 100 times the default briefing's content a scan took 20–100 ms a query; see
// docs/performance.md). It answers exactly what a scan answers: a query form without a separator character lies
// inside one word wherever it occurs, so the entries holding it are those of the words holding it; a form with one
// ("artificial intelligence", "u.s.") narrows the entries to those holding each of its pieces, and each of those is
// then checked in full.
import { findAlternative, initialsOf, type Alternative, type QueryUnit } from './search-terms';

/**
 * What a word is made of: letters, digits and marks. Every character search-terms.ts counts as continuing a Latin
 * word (its WORD_CHAR) is one of them, so a whole-word check inside one word reads the same neighbours it would read
 * in the full text; anything else separates words.
 */
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}\u00c0-\u024f]$/u;
// The class of each UTF-16 unit, found when first met: 0 not yet known, 1 in a word, 2 a separator. A character
// outside the basic plane (two units) is looked up in `astral`.
const unitClass = new Uint8Array(0x10000);
const astral = new Map<number, boolean>();

/** Whether the character `cp` belongs to a word. */
function isWordCharacter(cp: number): boolean {
  if (cp > 0xffff) {
    let known = astral.get(cp);
    if (known === undefined) astral.set(cp, (known = WORD_CHARACTER.test(String.fromCodePoint(cp))));
    return known;
  }
  let k = unitClass[cp];
  if (k === 0) k = unitClass[cp] = WORD_CHARACTER.test(String.fromCharCode(cp)) ? 1 : 2;
  return k === 1;
}

/**
 * The text cut at its separators, as `String.split` would: "(ai chip" gives "", "ai", "chip". Hand-written because
 * a Unicode-property regex split of the ×100 content took twice as long.
 */
export function splitWords(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let inside = true;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const word = isWordCharacter(cp);
    if (word !== inside) {
      if (word) start = i;
      else out.push(text.slice(start, i));
      inside = word;
    }
    if (cp > 0xffff) i++;
  }
  out.push(inside ? text.slice(start) : '');
  return out;
}

export interface WordIndex {
  /** How many entries the index covers. */
  size: number;
  /** The distinct words of every haystack, one a line, and the same with each Hangul syllable as its initial consonant. */
  vocabulary: string;
  vocabularyInitials: string;
  /** Where each word starts in `vocabulary`, in order. */
  starts: number[];
  /** Each word's place in `starts` and `postings`. */
  ids: Map<string, number>;
  /** For each word, the entries holding it, ascending. */
  postings: number[][];
  /** Each entry's haystack, to check a form that spans words. */
  haystacks: readonly string[];
  /** Each entry's haystack as initial consonants, made when first needed. */
  initials: (string | undefined)[];
}

/**
 * Word ids by the words' characters, found without cutting each word out of its text: a Map keyed by the cut words
 * took twice as long at ×100 content. Open addressing on a hash made while the word is read.
 */
class WordTable {
  readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private slots = new Int32Array(1024).fill(-1);

  idOf(text: string, start: number, end: number, hash: number): number {
    let mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let id = this.slots[slot]; id !== -1; id = this.slots[slot]) {
      const w = this.words[id];
      if (this.hashes[id] === hash && w.length === end - start && text.startsWith(w, start)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    this.words.push(text.slice(start, end));
    this.hashes.push(hash);
    this.slots[slot] = id;
    if (this.words.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      mask = this.slots.length - 1;
      this.hashes.forEach((h, i) => {
        let s = h & mask;
        while (this.slots[s] !== -1) s = (s + 1) & mask;
        this.slots[s] = i;
      });
    }
    return id;
  }
}

export function buildWordIndex(haystacks: readonly string[]): WordIndex {
  const table = new WordTable();
  const postings: number[][] = [];
  haystacks.forEach((text, entry) => {
    // Words as splitWords cuts them, read in place.
    let start = -1;
    let hash = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 0x20;
      // Most characters are in the basic plane and already classed: no call for them.
      const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
      if (cp <= 0xffff && unitClass[cp] !== 0 ? unitClass[cp] === 1 : isWordCharacter(cp)) {
        if (start < 0) {
          start = i;
          hash = 0;
        }
        hash = (Math.imul(hash, 31) + cp) | 0;
        if (cp > 0xffff) i++;
        continue;
      }
      if (start < 0) continue;
      const id = table.idOf(text, start, i, hash);
      start = -1;
      if (id === postings.length) postings.push([]);
      const list = postings[id];
      // Entries come in order, so a repeat of a word within one entry is the list's last element.
      if (list[list.length - 1] !== entry) list.push(entry);
    }
  });
  const { words } = table;
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  const vocabulary = words.join('\n');
  return {
    size: haystacks.length,
    vocabulary,
    vocabularyInitials: initialsOf(vocabulary),
    starts,
    ids: new Map(words.map((w, i) => [w, i])),
    postings,
    haystacks,
    initials: new Array<string | undefined>(haystacks.length)
  };
}

/** The word a position of the vocabulary belongs to. */
function wordAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The words in which `alt` occurs: one scan of the vocabulary, not of the entries. */
function wordsWith(index: WordIndex, alt: Alternative): number[] {
  const text = alt.in === 'text' ? index.vocabulary : index.vocabularyInitials;
  const { starts } = index;
  const out: number[] = [];
  let m = findAlternative(alt, text, 0);
  while (m) {
    const w = wordAt(starts, m.pos);
    out.push(w);
    m = w + 1 < starts.length ? findAlternative(alt, text, starts[w + 1]) : null;
  }
  return out;
}

function entryText(index: WordIndex, alt: Alternative, entry: number): string {
  if (alt.in === 'text') return index.haystacks[entry];
  return (index.initials[entry] ??= initialsOf(index.haystacks[entry]));
}

/**
 * The words that may hold one piece of a form spanning words: a piece with separators on both sides is a whole word;
 * the first and the last may be the end or the start of one.
 */
function wordsForPiece(index: WordIndex, alt: Alternative, pieces: readonly string[], k: number): number[] {
  if (k > 0 && k < pieces.length - 1 && alt.in === 'text') {
    const id = index.ids.get(pieces[k]);
    return id === undefined ? [] : [id];
  }
  return wordsWith(index, { in: alt.in, literal: pieces[k], wholeWord: false });
}

/** Marks in `out` every entry where `alt` occurs. */
function markEntriesWith(index: WordIndex, alt: Alternative, out: Uint8Array): void {
  const pieces = splitWords(alt.literal);
  if (pieces.length === 1) {
    for (const w of wordsWith(index, alt)) for (const entry of index.postings[w]) out[entry] = 1;
    return;
  }
  // A form spanning words: only the entries of its rarest piece are checked in full (all of them if it has none).
  let fewest: number[] | undefined;
  let fewestEntries = Infinity;
  pieces.forEach((piece, k) => {
    if (!piece) return;
    const words = wordsForPiece(index, alt, pieces, k);
    const entries = words.reduce((n, w) => n + index.postings[w].length, 0);
    if (entries < fewestEntries) [fewest, fewestEntries] = [words, entries];
  });
  const check = (entry: number): void => {
    if (!out[entry] && findAlternative(alt, entryText(index, alt, entry))) out[entry] = 1;
  };
  if (!fewest) for (let i = 0; i < index.size; i++) check(i);
  else for (const w of fewest) for (const entry of index.postings[w]) check(entry);
}

/** Indexes, ascending, of the entries holding every unit, each in any of its forms: what a scan of every entry finds. */
export function entriesWithAll(index: WordIndex, units: readonly QueryUnit[]): number[] {
  let all: Uint8Array | null = null;
  for (const unit of units) {
    const has = new Uint8Array(index.size);
    for (const alt of unit.alternatives) markEntriesWith(index, alt, has);
    if (all) for (let i = 0; i < has.length; i++) all[i] &= has[i];
    else all = has;
  }
  const out: number[] = [];
  if (all) for (let i = 0; i < all.length; i++) if (all[i]) out.push(i);
  return out;
}
