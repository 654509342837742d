import { describe, expect, it } from 'vitest';
import { allFigureModels, decimalYear, figuresBySection, formatValue, sourceLine } from './figures';
import type { Briefing } from './schema';

const briefing: Briefing = {
  schemaVersion: 2,
  id: 't',
  title: 'T',
  asOf: '2024-01-01',
  language: 'en',
  sources: [
    { id: 'a', title: 'Report A', publisher: 'Pub A', date: '2022-05' },
    { id: 'b', title: 'Report B', publisher: 'Pub B' }
  ],
  sections: [
    {
      id: 's1',
      title: 'One',
      summary: 'S',
      takeaways: [],
      keyFigures: [],
      body: [],
      figures: [
        {
          id: 'f1',
          kind: 'bar',
          title: 'Bars',
          unit: '%',
          labels: ['x', 'y'],
          series: [
            { name: 'A', values: [1, 3] },
            { name: 'B', values: [2, null] }
          ],
          sources: ['a', 'b']
        },
        {
          id: 'f2',
          kind: 'timeline',
          title: 'Events',
          unit: '',
          sources: ['a'],
          events: [
            { date: '2020', label: 'Later', sources: ['a'] },
            { date: '2019-12', label: 'Earlier', sources: ['a'] }
          ]
        }
      ]
    },
    {
      id: 's2',
      title: 'Two',
      summary: 'S',
      takeaways: [],
      keyFigures: [],
      body: [],
      figures: [
        {
          id: 'f3',
          kind: 'line',
          title: 'Line',
          unit: 'USD bn',
          labels: ['2020', '2021'],
          series: [{ name: 'L', values: [5, 7] }],
          sources: ['b']
        }
      ]
    }
  ]
};

describe('figure models', () => {
  const models = allFigureModels(briefing);

  it('numbers figures across sections in document order', () => {
    expect(models.map((m) => [m.id, m.number, m.sectionId])).toEqual([
      ['f1', 1, 's1'],
      ['f2', 2, 's1'],
      ['f3', 3, 's2']
    ]);
    expect(models[2].caption).toBe('Figure 3. Line');
  });

  it('gives each series its palette colour and pattern, in order', () => {
    expect(models[0].series.map((s) => [s.color, s.pattern])).toEqual([
      ['#0072B2', 'solid'],
      ['#E69F00', 'diagonal']
    ]);
  });

  it('groups the models by section, in order', () => {
    const by = figuresBySection(models);
    expect([...by].map(([id, list]) => [id, list.map((m) => m.id)])).toEqual([
      ['s1', ['f1', 'f2']],
      ['s2', ['f3']]
    ]);
  });

  it('sorts timeline events by date', () => {
    expect(models[1].events.map((e) => e.label)).toEqual(['Earlier', 'Later']);
  });

  it('writes a source line and a summary', () => {
    expect(models[0].sourceLine).toBe('Sources: Report A (Pub A, 2022); Report B (Pub B)');
    expect(models[2].summary).toBe('L: from USD 5 bn (2020) to USD 7 bn (2021); highest USD 7 bn in 2021.');
  });
});

describe('helpers', () => {
  it('converts dates to decimal years', () => {
    expect(decimalYear('2019')).toBe(2019.5);
    expect(decimalYear('2019-12')).toBeCloseTo(2019.955, 2);
    expect(decimalYear('2020-01-01')).toBe(2020);
  });
  it('formats values with units', () => {
    expect(formatValue(19, '%')).toBe('19%');
    expect(formatValue(35, 'USD million')).toBe('USD 35 million');
    expect(formatValue(1234.5, 'researchers')).toBe('1,234.5 researchers');
    expect(formatValue(7, '')).toBe('7');
    expect([1, 2, 3, 6, 11, 12, 13, 21, 102].map((n) => formatValue(n, 'rank'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '6th',
      '11th',
      '12th',
      '13th',
      '21st',
      '102nd'
    ]);
  });
  it('formats values in Korean: amounts in 조 and 억, ranks with 위, counters onto the number', () => {
    expect(formatValue(72.5, 'JPY bn')).toBe('JPY 72.5 bn');
    expect(formatValue(1.3, 'KRW tn', 'ko')).toBe('1조 3,000억 원');
    expect(formatValue(6, 'rank', 'ko')).toBe('6위');
    expect(formatValue(11000, '명', 'ko')).toBe('11,000명');
    expect(formatValue(35, 'petaFLOPS', 'ko')).toBe('35 petaFLOPS');
    expect(formatValue(19, '%', 'ko')).toBe('19%');
  });
  it('has an empty source line without sources', () => {
    expect(sourceLine([])).toBe('');
  });
});
