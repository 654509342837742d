// What a search query means: the text it is compared in (Unicode-normalised, case-folded), and every form a word of
// it may take — itself, its initial consonants (ㅂㄷㅊ for 반도체), the Hangul it would have been if typed on an
// English keyboard layout by mistake (qkseh → 반도), and its names in the other language (반도체 → semiconductor).
// Hangul conversion and initial consonants come from es-hangul; the bilingual names from bilingual-terms.ts and the
// dataset's own glossary and companies.
import { canBeChoseong, convertQwertyToHangul, getChoseong } from 'es-hangul';
import { STANDARD_TERMS, type TermPair } from './bilingual-terms';
import type { Briefing } from './schema';

// Hangul initial consonants as conjoining jamo (U+1100–U+1112, what NFKC turns the keyboard's letters into) and as
// the compatibility letters a keyboard types and es-hangul works with, in the same order.
const COMPAT_INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const CONJOINING_INITIAL = /[\u1100-\u1112]/g;
const SYLLABLES = /[가-힣]+/g;
const ONLY_SYLLABLES = /^[가-힣]+$/;
const HAS_HANGUL = /[가-힣ㄱ-ㅣ]/;
const LATIN_LETTERS = /^[A-Za-z]+$/;
// Letters and digits that continue a Latin word: "ai" must not match inside "said".
const WORD_CHAR = /[a-z0-9\u00c0-\u024f]/;

/**
 * The form text is compared in, whatever form it was typed or stored in: NFKC (a decomposed 반도체 and the composed
 * one are the same; full-width letters are letters), lone initial consonants kept as the keyboard's letters, lower case.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(CONJOINING_INITIAL, (c) => COMPAT_INITIALS[c.charCodeAt(0) - 0x1100])
    .toLowerCase();
}

/** Each Hangul syllable replaced by its initial consonant, everything else kept: the same length as `text`. */
export function initialsOf(text: string): string {
  return text.replace(SYLLABLES, (run) => getChoseong(run));
}

/** A word is looked for in the normalised text, or (ㅂㄷㅊ) in its initial consonants. */
export interface Alternative {
  in: 'text' | 'initials';
  literal: string;
  /** A Latin name from the term map is matched as a whole word (a plural "s" or "es" allowed): "AI" not in "said". */
  wholeWord: boolean;
}

/** One word of the query (or a phrase the term map knows) and every form that counts as finding it. */
export interface QueryUnit {
  words: string;
  /** The first is the word as typed (normalised); the others are its other forms. */
  alternatives: Alternative[];
}

export interface Match {
  pos: number;
  len: number;
}

function isWordChar(s: string, i: number): boolean {
  return i >= 0 && i < s.length && WORD_CHAR.test(s[i]);
}

/** The first place at or after `from` where `alt` occurs in `s` (the normalised text, or its initials). */
export function findAlternative(alt: Alternative, s: string, from = 0): Match | null {
  const lit = alt.literal;
  let pos = s.indexOf(lit, from);
  if (!alt.wholeWord) return pos === -1 ? null : { pos, len: lit.length };
  while (pos !== -1) {
    if (!isWordChar(s, pos - 1)) {
      const end = pos + lit.length;
      for (const suffix of ['', 's', 'es']) {
        if (s.startsWith(suffix, end) && !isWordChar(s, end + suffix.length)) return { pos, len: lit.length + suffix.length };
      }
    }
    pos = s.indexOf(lit, pos + 1);
  }
  return null;
}

/** A term pair in the form it is compared in. */
interface NormalPair {
  /** Hangul names, normalised, spaces as written. */
  ko: string[];
  /** The same without spaces (한국어 writes 데이터센터 and 데이터 센터 alike), and their initial consonants. */
  koKeys: string[];
  koInitials: string[];
  /** Latin names, normalised. */
  en: string[];
}

/** "Ministry of Science and ICT (MSIT)" is two names of one thing. */
function names(label: string): string[] {
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(label);
  return m ? [m[1], m[2]] : [label];
}

function normalPair(all: readonly string[]): NormalPair {
  const forms = [...new Set(all.map((n) => normalise(n).replace(/\s+/g, ' ').trim()).filter(Boolean))];
  const ko = forms.filter((f) => HAS_HANGUL.test(f));
  const koKeys = ko.map((k) => k.replace(/ /g, ''));
  return { ko, koKeys, koInitials: koKeys.map(initialsOf), en: forms.filter((f) => !HAS_HANGUL.test(f)) };
}

/** The built-in pairs and the dataset's own: each glossary term with its Korean name, each company with its. */
export function termPairsOf(briefing: Pick<Briefing, 'glossary' | 'companies'>): TermPair[] {
  const own: TermPair[] = [];
  for (const g of briefing.glossary ?? []) if (g.ko) own.push({ ko: names(g.ko), en: names(g.term) });
  for (const c of briefing.companies ?? []) if (c.nameKo) own.push({ ko: [c.nameKo], en: [c.name] });
  return [...STANDARD_TERMS, ...own];
}

const pairCache = new WeakMap<object, NormalPair[]>();

function normalPairsOf(briefing: Pick<Briefing, 'glossary' | 'companies'>): NormalPair[] {
  let pairs = pairCache.get(briefing);
  if (!pairs) {
    pairs = termPairsOf(briefing).map((p) => normalPair([...p.ko, ...p.en]));
    pairCache.set(briefing, pairs);
  }
  return pairs;
}

/** Pairs a Hangul word names: 반도 (a start) and 반도체의 (a particle after) both lead to 반도체. */
function byHangul(pairs: NormalPair[], word: string): NormalPair[] {
  const key = word.replace(/ /g, '');
  return pairs.filter((p) => p.koKeys.some((k) => (key.length >= 2 ? k.includes(key) : k === key) || (k.length >= 2 && key.startsWith(k))));
}

/** Pairs whose Hangul names hold these initial consonants (two at least: one alone is in nearly every word). */
function byInitials(pairs: NormalPair[], word: string): NormalPair[] {
  return word.length < 2 ? [] : pairs.filter((p) => p.koInitials.some((k) => k.includes(word)));
}

/** Pairs a Latin word names, singular or plural. */
function byLatin(pairs: NormalPair[], word: string): NormalPair[] {
  return pairs.filter((p) => p.en.some((e) => e === word || word === `${e}s` || word === `${e}es`));
}

function isInitials(word: string): boolean {
  return [...word].every((c) => canBeChoseong(c));
}

/** The Hangul that Latin letters would have typed on the Korean layout, or '' (es-hangul throws on some, e.g. "hoe"). */
function asTypedOnKoreanLayout(raw: string): string {
  if (!LATIN_LETTERS.test(raw)) return '';
  try {
    return convertQwertyToHangul(raw);
  } catch {
    return '';
  }
}

/** A query word and every form of it. `raw` is the word as typed, for the keyboard conversion (Q is ㅃ, q is ㅂ). */
function unitFor(word: string, raw: string, pairs: NormalPair[]): QueryUnit {
  const alternatives: Alternative[] = [];
  const seen = new Set<string>();
  const add = (alt: Alternative): void => {
    const key = `${alt.in}:${alt.wholeWord}:${alt.literal}`;
    if (seen.has(key)) return;
    seen.add(key);
    alternatives.push(alt);
  };
  const translate = (found: NormalPair[], withEnglish: boolean): void => {
    for (const p of found) {
      p.ko.forEach((k) => add({ in: 'text', literal: k, wholeWord: false }));
      if (withEnglish) p.en.forEach((e) => add({ in: 'text', literal: e, wholeWord: true }));
    }
  };
  add({ in: 'text', literal: word, wholeWord: false });
  if (HAS_HANGUL.test(word)) translate(byHangul(pairs, word), true);
  if (isInitials(word)) {
    add({ in: 'initials', literal: word, wholeWord: false });
    translate(byInitials(pairs, word), true);
  }
  // Only a conversion to two whole syllables or more: one (dk → 아) would be found in nearly any Korean text.
  const typed = asTypedOnKoreanLayout(raw);
  if (typed.length >= 2 && ONLY_SYLLABLES.test(typed)) {
    add({ in: 'text', literal: typed, wholeWord: false });
    translate(byHangul(pairs, typed), true);
  }
  // An English word finds the Korean names of what it names (in a Korean dataset), not English synonyms.
  if (!HAS_HANGUL.test(word)) translate(byLatin(pairs, word), false);
  return { words: word, alternatives };
}

/** Whether a few words together are one name the term map knows ("artificial intelligence", "메모리 반도체"). */
function isKnownPhrase(pairs: NormalPair[], phrase: string): boolean {
  const key = phrase.replace(/ /g, '');
  return pairs.some((p) => p.en.includes(phrase) || p.koKeys.includes(key));
}

/** Splits a query into words (known phrases kept together), each with every form it may take. */
export function planQuery(briefing: Pick<Briefing, 'glossary' | 'companies'>, query: string): QueryUnit[] {
  const raw = query.normalize('NFC').split(/\s+/).filter(Boolean);
  const words = raw.map(normalise);
  const pairs = normalPairsOf(briefing);
  const units: QueryUnit[] = [];
  for (let i = 0; i < words.length;) {
    let len = Math.min(4, words.length - i);
    while (len > 1 && !isKnownPhrase(pairs, words.slice(i, i + len).join(' '))) len--;
    units.push(unitFor(words.slice(i, i + len).join(' '), raw.slice(i, i + len).join(' '), pairs));
    i += len;
  }
  return units;
}

/** The first place in `text` (or its initials) where any form of the unit occurs. */
export function findUnit(unit: QueryUnit, text: string, initials: string): Match | null {
  let best: Match | null = null;
  for (const alt of unit.alternatives) {
    const m = findAlternative(alt, alt.in === 'text' ? text : initials);
    if (m && (!best || m.pos < best.pos)) best = m;
  }
  return best;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Where in `text` (as displayed, not normalised) the query is first found, to mark it: the first word's first
 * occurrence, else the next word's. Null when only a title matched.
 */
export function matchRange(units: readonly QueryUnit[], text: string): { start: number; end: number } | null {
  // Normalised a character (grapheme) at a time, so a decomposed syllable composes, remembering where each
  // normalised character came from.
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  for (const { segment, index } of graphemes.segment(text)) {
    const n = normalise(segment);
    for (let k = 0; k < n.length; k++) {
      from.push(index);
      to.push(index + segment.length);
    }
    folded += n;
  }
  const initials = initialsOf(folded);
  for (const unit of units) {
    const m = findUnit(unit, folded, initials);
    if (m && m.len > 0) return { start: from[m.pos], end: to[m.pos + m.len - 1] };
  }
  return null;
}
