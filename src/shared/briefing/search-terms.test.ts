import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Briefing } from './schema';
import { buildSearchIndex, search } from './search';
import { findAlternative, initialsOf, matchRange, normalise, planQuery, termPairsOf } from './search-terms';

const example = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'examples', 'minimal-briefing.json'), 'utf8')) as Briefing;
const codePoints = (s: string): string[] => [...s].map((c) => c.codePointAt(0)!.toString(16));
const nfd = (s: string): string => s.normalize('NFD');

/** A briefing in English only, with one section on chips and one on something else. */
function englishBriefing(): Briefing {
  const section = (id: string, title: string, fact: string): Briefing['sections'][number] => ({
    id,
    title,
    summary: `${title} in South Korea.`,
    takeaways: [],
    keyFigures: [],
    body: [],
    facts: [{ id: `${id}-fact`, text: fact, sources: ['example-source'] }],
    figures: []
  });
  return {
    ...example,
    sections: [
      section('people', 'Talent', 'Universities said they trained more engineers.'),
      section('chips', 'Semiconductors', 'Memory chips were the largest export.'),
      section('models', 'Models', 'Two AI labs released models.')
    ],
    glossary: []
  };
}

describe('normalise', () => {
  it('composes decomposed Hangul, so NFD and NFC text compare equal', () => {
    expect(nfd('반도체')).toHaveLength(7);
    expect(normalise(nfd('반도체'))).toBe('반도체');
    expect(normalise('반도체')).toBe('반도체');
  });

  it('folds compatibility forms and case: full-width letters, half-width jamo', () => {
    expect(normalise('ＡＩ Chips')).toBe('ai chips');
    // Half-width ﾡ and a conjoining ᄇ are the keyboard's ㄱ and ㅂ (compatibility jamo), as typed queries are.
    expect(codePoints(normalise('\uFFA1\u1107'))).toEqual(['3131', '3142']);
  });

  it('keeps initial consonants typed alone as the keyboard letters es-hangul reads', () => {
    expect(codePoints(normalise('ㅂㄷㅊ'))).toEqual(['3142', '3137', '314a']);
  });
});

describe('initialsOf', () => {
  it('replaces each syllable by its initial consonant and keeps every other character, at the same length', () => {
    expect(initialsOf('반도체 ai 수출')).toBe('ㅂㄷㅊ ai ㅅㅊ');
    const text = normalise('삼성전자 (Samsung) 따라 ㅂ');
    expect(initialsOf(text)).toHaveLength(text.length);
  });
});

describe('findAlternative', () => {
  const word = (literal: string) => ({ in: 'text' as const, literal, wholeWord: true });
  it('matches a term-map word whole, with a plural, never inside another word', () => {
    expect(findAlternative(word('ai'), 'he said so')).toBeNull();
    expect(findAlternative(word('ai'), 'the ai-chip maker')).toEqual({ pos: 4, len: 2 });
    expect(findAlternative(word('chip'), 'memory chips, and')).toEqual({ pos: 7, len: 5 });
    expect(findAlternative(word('chip'), 'chipmakers')).toBeNull();
  });
  it('matches a typed word anywhere, as before', () => {
    expect(findAlternative({ in: 'text', literal: 'semicond', wholeWord: false }, 'semiconductors')).toEqual({ pos: 0, len: 8 });
  });
});

describe('planQuery', () => {
  const literals = (query: string): string[][] => planQuery(englishBriefing(), query).map((u) => u.alternatives.map((a) => a.literal));

  it('translates Korean words into the English the dataset is written in', () => {
    expect(literals('반도체')[0]).toEqual(expect.arrayContaining(['반도체', 'semiconductor', 'chip']));
    expect(literals('인공지능')[0]).toEqual(expect.arrayContaining(['인공지능', 'ai', 'artificial intelligence']));
    // A particle after the word does not hide it.
    expect(literals('반도체의')[0]).toContain('semiconductor');
  });

  it('reads initial consonants and a query typed on the English keyboard layout', () => {
    const initials = planQuery(englishBriefing(), 'ㅂㄷㅊ')[0].alternatives;
    expect(initials).toContainEqual({ in: 'initials', literal: 'ㅂㄷㅊ', wholeWord: false });
    expect(initials.map((a) => a.literal)).toContain('semiconductor');
    expect(literals('qkseh')[0]).toEqual(expect.arrayContaining(['qkseh', '반도', 'semiconductor']));
    // An English word is not taken for Hangul unless it makes whole syllables (two at least).
    expect(literals('samsung')[0]).not.toContain('ㄴ므녀ㅜㅎ');
    expect(literals('dk')[0]).toEqual(['dk']);
  });

  it('keeps a known phrase together and adds the names the dataset gives in its glossary and companies', () => {
    expect(planQuery(englishBriefing(), 'artificial intelligence').map((u) => u.words)).toEqual(['artificial intelligence']);
    expect(termPairsOf(example)).toContainEqual({ ko: ['위젯'], en: ['Widget'] });
    const inExample = (query: string): string[] => planQuery(example, query)[0].alternatives.map((a) => a.literal);
    expect(inExample('위젯')).toContain('widget');
    expect(inExample('widgets')).toContain('위젯');
  });
});

describe('search in both languages', () => {
  const briefing = englishBriefing();
  const index = buildSearchIndex(briefing);
  const anchorsFor = (query: string): string[] => search(briefing, index, query).flatMap((g) => g.hits.map((h) => h.anchor));

  it('finds the English chips section and its fact for 반도체, a decomposed 반도체, ㅂㄷㅊ and qkseh', () => {
    for (const query of ['반도체', nfd('반도체'), 'ㅂㄷㅊ', 'qkseh']) {
      expect(anchorsFor(query), query).toEqual(['heading-chips', 'fact-chips-fact']);
    }
  });

  it('finds AI, not "said", for 인공지능', () => {
    expect(anchorsFor('인공지능')).toEqual(['fact-models-fact']);
  });

  it('finds Hangul stored decomposed with a composed query', () => {
    const stored = { ...briefing, glossary: [{ term: 'Chip', ko: nfd('반도체'), explanation: nfd('반도체 설명') }] };
    const hits = search(stored, buildSearchIndex(stored), '반도체 설명').flatMap((g) => g.hits);
    expect(hits.map((h) => h.anchor)).toEqual(['glossary-0']);
    // And shows it composed.
    expect(hits[0].title).toBe('Chip (반도체)');
  });

  it('marks where the query was found in the text as shown', () => {
    const text = 'Memory chips were the largest export.';
    const at = matchRange(planQuery(briefing, '반도체'), text);
    expect(at && text.slice(at.start, at.end)).toBe('chips');
    const stored = nfd('AI 반도체 수출');
    const found = matchRange(planQuery(briefing, 'ㅂㄷㅊ'), stored);
    expect(found && stored.slice(found.start, found.end).normalize('NFC')).toBe('반도체');
  });
});

describe('a query that is no Hangul on the Korean layout', () => {
  it('is searched as typed: "hoe" and "hos" make no syllables, and es-hangul would throw on them', () => {
    for (const query of ['hoe', 'hos', 'Shoes'])
      expect(planQuery(englishBriefing(), query)[0].alternatives.map((a) => a.literal)).toEqual([normalise(query)]);
  });
});
