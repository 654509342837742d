import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, figureCsv, parseCsv } from './csv';
import { allFigureModels } from './figures';
import type { Briefing } from './schema';
import { buildSearchIndex, rankEntry, search, sectionTitleHits, type SearchEntry } from './search';
import { planQuery } from './search-terms';

const example = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'examples', 'minimal-briefing.json'), 'utf8')) as Briefing;

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(3.5)).toBe('3.5');
  });

  it('writes a figure as a tidy table (series, year, value, unit) with a BOM and CRLF, and nothing after the data', () => {
    const model = allFigureModels(example)[0];
    const csv = figureCsv(model);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(parseCsv(csv)).toEqual([
      ['series', 'year', 'value', 'unit'],
      ['Widgets', '2020', '100', 'widgets'],
      ['Widgets', '2021', '120', 'widgets'],
      ['Widgets', '2022', '160', 'widgets'],
      ['Widgets', '2023', '200', 'widgets']
    ]);
  });

  it('writes one row per series and category, a gap as an empty value, and a timeline as its events', () => {
    const [bar] = allFigureModels({
      ...example,
      sections: [
        {
          ...example.sections[0],
          figures: [
            {
              id: 'f',
              kind: 'bar',
              title: 'T',
              unit: '%',
              sources: ['example-source'],
              labels: ['Seoul', 'Busan'],
              series: [
                { name: 'A', values: [1, null] },
                { name: 'B', values: [3, 4] }
              ]
            }
          ]
        }
      ]
    });
    expect(parseCsv(figureCsv(bar))).toEqual([
      ['series', 'category', 'value', 'unit'],
      ['A', 'Seoul', '1', '%'],
      ['A', 'Busan', '', '%'],
      ['B', 'Seoul', '3', '%'],
      ['B', 'Busan', '4', '%']
    ]);
  });

  it('round-trips awkward text', () => {
    const rows = [['한국, "AI"', 'line\r\nbreak', '']];
    expect(parseCsv(rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n')).toEqual(rows);
  });
});

describe('search', () => {
  const index = buildSearchIndex(example);

  it('finds English words in any case, grouped by section', () => {
    const groups = search(example, index, 'WIDGET output');
    expect(groups.map((g) => g.sectionTitle)).toEqual(['Overview']);
    expect(groups[0].hits[0]).toMatchObject({ kind: 'takeaway', anchor: 'takeaway-overview-0' });
  });

  it('finds Hangul in text and glossary, and the English text the glossary names in Hangul', () => {
    const groups = search(example, index, '위젯');
    // The glossary entry has 위젯 as written, so it ranks first; "Widget" is its English name, found in the sections.
    expect(groups.find((g) => g.sectionId === null)?.hits).toEqual([expect.objectContaining({ kind: 'glossary', title: 'Widget (위젯)' })]);
    expect(groups.map((g) => g.sectionTitle)).toEqual(['Glossary', 'Overview']);
    expect(search(example, index, '한국어')[0].hits[0].anchor).toBe('text-overview-0');
  });

  it('needs every word and returns nothing for an empty query', () => {
    expect(search(example, index, 'widgets zebra')).toEqual([]);
    expect(search(example, index, '   ')).toEqual([]);
  });

  it('finds what a plain scan of every entry finds, in the same order, on the full default briefing', () => {
    const briefing = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'resources', 'briefing.json'), 'utf8')) as Briefing;
    const full = buildSearchIndex(briefing);
    // The reference: every entry checked one by one, ranked the same way, then briefing order.
    const plain = (query: string): SearchEntry[] => {
      const units = planQuery(briefing, query);
      const sections = sectionTitleHits(units, full);
      return full
        .map((entry, order) => ({ entry, order, score: units.length ? rankEntry(units, entry, sections) : -1 }))
        .filter(({ score }) => score >= 0)
        .sort((a, b) => b.score - a.score || a.order - b.order)
        .slice(0, 50)
        .map((h) => h.entry);
    };
    const queries = [
      'semiconductor exports',
      'AI',
      'samsung hbm',
      '한국',
      'krw trillion',
      'e',
      '2019 strategy',
      'n',
      '.',
      'zzz',
      '반도체',
      '인공지능 투자',
      'ㅂㄷㅊ',
      'ㅅ',
      'qkseh'
    ];
    for (const q of queries) {
      const got = search(briefing, full, q, 50).flatMap((g) => g.hits);
      const anchors = (hits: SearchEntry[]): string[] => hits.map((h) => h.anchor).sort();
      expect(anchors(got), q).toEqual(anchors(plain(q)));
    }
  });
});
