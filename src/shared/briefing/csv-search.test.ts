import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, figureCsv, parseCsv } from './csv';
import { allFigureModels } from './figures';
import type { Briefing } from './schema';
import { buildSearchIndex, search } from './search';

const example = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'examples', 'minimal-briefing.json'), 'utf8')) as Briefing;

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(3.5)).toBe('3.5');
  });

  it('writes a figure with a BOM and CRLF, and parses back to the same numbers', () => {
    const model = allFigureModels(example)[0];
    const csv = figureCsv(model);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['Label', 'Widgets (widgets)']);
    expect(rows.slice(1, 5)).toEqual([
      ['2020', '100'],
      ['2021', '120'],
      ['2022', '160'],
      ['2023', '200']
    ]);
    expect(rows.at(-1)?.[0]).toMatch(/^Source: An example report/);
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

  it('finds Hangul in text and glossary', () => {
    const groups = search(example, index, '위젯');
    expect(groups).toEqual([
      { sectionId: null, sectionTitle: 'Glossary', hits: [expect.objectContaining({ kind: 'glossary', title: 'Widget (위젯)' })] }
    ]);
    expect(search(example, index, '한국어')[0].hits[0].anchor).toBe('text-overview-0');
  });

  it('needs every word and returns nothing for an empty query', () => {
    expect(search(example, index, 'widgets zebra')).toEqual([]);
    expect(search(example, index, '   ')).toEqual([]);
  });
});
