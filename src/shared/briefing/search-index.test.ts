import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertHangulToQwerty } from 'es-hangul';
import { describe, expect, it } from 'vitest';
import { scaleBriefing } from '../../../scripts/synthetic';
import type { Briefing } from './schema';
import { buildSearchIndex, search, searchByScan, type SearchEntry } from './search';
import { splitWords } from './search-index';
import { initialsOf, normalise } from './search-terms';

const root = join(__dirname, '..', '..', '..');
const briefing = JSON.parse(readFileSync(join(root, 'resources', 'briefing.json'), 'utf8')) as Briefing;
const example = JSON.parse(readFileSync(join(root, 'examples', 'minimal-briefing.json'), 'utf8')) as Briefing;

const HANGUL_WORD = /^[가-힣]{2,}$/;

/**
 * Queries drawn from the entries themselves, so every kind of word the dataset holds is tried: whole words as written
 * (punctuation and all), their beginnings and middles, two words together, Hangul words as initial consonants, as
 * typed on the English layout and decomposed, and queries of punctuation alone.
 */
function queriesFrom(index: readonly SearchEntry[], every: number): string[] {
  const written = index.flatMap((e) => `${e.title}\n${e.text}`.split(/\s+/).filter(Boolean));
  const out = new Set<string>([
    'semiconductor exports',
    '반도체',
    '반도체'.normalize('NFD'),
    '인공지능 투자',
    'ㅂㄷㅊ',
    'qkseh',
    'artificial intelligence',
    'ai basic act',
    'AI',
    'ai-',
    'u.s.',
    '.',
    '-',
    '(',
    '%',
    '·',
    'zzz',
    'e',
    'ㅅ'
  ]);
  written.forEach((word, i) => {
    if (i % every) return;
    const bare = normalise(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    out.add(word);
    out.add(bare.slice(0, 3));
    out.add(bare.slice(1, 5));
    if (written[i + 1]) out.add(`${word} ${written[i + 1]}`);
    if (HANGUL_WORD.test(bare)) {
      out.add(initialsOf(bare));
      out.add(convertHangulToQwerty(bare));
      out.add(bare.normalize('NFD'));
    }
  });
  return [...out].filter((q) => q.trim());
}

/** The hits as their anchors, in the order shown, with their groups: what a reader sees. */
const shown = (groups: ReturnType<typeof search>): string[] =>
  groups.flatMap((g) => [`[${g.sectionTitle}]`, ...g.hits.map((h) => h.anchor)]);

function expectSameAsScan(b: Briefing, queries: readonly string[], limit: number): void {
  const index = buildSearchIndex(b);
  let found = 0;
  for (const q of queries) {
    const indexed = shown(search(b, index, q, limit));
    expect(indexed, q).toEqual(shown(searchByScan(b, index, q, limit)));
    if (indexed.length) found++;
  }
  // The comparison means little if the queries find nothing.
  expect(found).toBeGreaterThan(queries.length / 2);
}

describe('the word index', () => {
  it('cuts text where String.split at non-letters would, letters outside the basic plane kept whole', () => {
    expect(splitWords('(ai chip) 반도체·수출')).toEqual(['', 'ai', 'chip', '반도체', '수출']);
    expect(splitWords('')).toEqual(['']);
    expect(splitWords('𠀀ai😀x')).toEqual(['𠀀ai', 'x']);
    // × is no letter, but it continues a Latin word for whole-word matching, so it stays inside a word.
    expect(splitWords('2×3 café')).toEqual(['2×3', 'café']);
  });

  it('answers every query as a scan of every entry does, hits and order, on the default briefing', () => {
    // Words of the English and of the Korean text (the Korean edition shows the translations).
    const queries = [...new Set([...queriesFrom(buildSearchIndex(briefing), 7), ...queriesFrom(buildSearchIndex(briefing, 'ko'), 5)])];
    expect(queries.length).toBeGreaterThan(400);
    expectSameAsScan(briefing, queries, 50);
    expectSameAsScan(briefing, queries.slice(0, 120), Infinity);
  });

  it('answers as a scan does on three copies of it, where sections share their words', () => {
    const tripled = scaleBriefing(briefing, 3);
    expectSameAsScan(tripled, queriesFrom(buildSearchIndex(briefing), 41), 50);
  });

  it('answers as a scan does where words meet odd characters', () => {
    const odd: Briefing = {
      ...example,
      glossary: [
        { term: 'Multiply', explanation: 'ai×chip, 2×3 and 𠀀ai beside 😀ai; the mark-up <ai>; the café said so.' },
        { term: 'Stored decomposed', ko: '반도체'.normalize('NFD'), explanation: 'AI 반도체 수출'.normalize('NFD') }
      ]
    };
    const queries = ['ai', 'ai×', '×', 'chip', '𠀀', '😀', '😀ai', '<ai>', 'caf', 'café said', '반도체', 'ㅂㄷㅊ', 'qkseh', 'ai 반도체'];
    expectSameAsScan(odd, queries, 50);
    // Whole-word "ai" (from 인공지능) is found beside the emoji and in <ai>, not inside ai×chip or "said".
    expect(shown(search(odd, buildSearchIndex(odd), '😀ai'))).toEqual(['[Glossary]', 'glossary-0']);
  });
});

describe('both languages, whatever the reader reads', () => {
  const semis = briefing.sections.findIndex((s) => s.id === 'semiconductors');
  const takeaway = briefing.sections[semis].takeaways[0];
  const korean = takeaway.translations?.ko?.text ?? '';
  const english = buildSearchIndex(briefing);
  const inKorean = buildSearchIndex(briefing, 'ko');
  const anchorsOf = (index: SearchEntry[], q: string): string[] =>
    search(briefing, index, q, Infinity).flatMap((g) => g.hits.map((h) => h.anchor));

  it('finds an entry by words only its Korean version has, and the hit goes where the English one goes', () => {
    // 카운터포인트리서치 (Counterpoint Research) is written so only in the Korean text of the first takeaway.
    expect(korean).toContain('카운터포인트리서치');
    expect(takeaway.text).not.toContain('카운터포인트리서치');
    const anchor = `takeaway-semiconductors-0`;
    expect(anchorsOf(english, '카운터포인트리서치')).toContain(anchor);
    expect(anchorsOf(inKorean, '카운터포인트리서치')).toContain(anchor);
    // And by its initial consonants, decomposed, or typed on the English layout.
    for (const q of [initialsOf('카운터포인트'), '카운터포인트리서치'.normalize('NFD'), convertHangulToQwerty('카운터포인트')]) {
      expect(anchorsOf(english, q), q).toContain(anchor);
    }
  });

  it('finds the English words from the Korean edition, and shows each entry in the language it is read in', () => {
    expect(anchorsOf(inKorean, 'Counterpoint')).toContain('takeaway-semiconductors-0');
    const hit = (index: SearchEntry[]): SearchEntry => index.find((e) => e.anchor === 'takeaway-semiconductors-0')!;
    expect(hit(english).text).toBe(takeaway.text);
    expect(hit(inKorean).text).toBe(korean);
    // The result groups carry the section's title in the reader's language.
    const group = search(briefing, inKorean, '카운터포인트리서치').find((g) => g.sectionId === 'semiconductors');
    expect(group?.sectionTitle).toBe(briefing.sections[semis].translations?.ko?.title);
  });
});
