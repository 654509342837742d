import { describe, expect, it } from 'vitest';
import { barDomain } from './bars';
import { labelStep, niceTicks } from './chartkit';
import { spreadLabels } from './lines';
import { percentages } from './share';
import { tileColumns } from './section';
import { placeTimelineLabels, type TimelineBox } from './timeline';
import { numberSources } from '../../shared/briefing/numbering';
import { citation, formatDate, References, referenceText } from './format';
import { STYLES } from './theme';

describe('niceTicks', () => {
  it('covers the data with round steps', () => {
    expect(niceTicks(0, 1800, 5)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicks(0, 2.4, 5)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(niceTicks(-30, 70, 5)).toEqual([-40, -20, 0, 20, 40, 60, 80]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
    expect(niceTicks(0, 12, 5)).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
    expect(niceTicks(0, 12, 5, true)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(0, 3, 5, true)).toEqual([0, 1, 2, 3]);
    for (const [lo, hi] of [
      [3, 97],
      [0.001, 0.013],
      [-5e6, 1.2e7]
    ]) {
      const t = niceTicks(lo, hi, 5);
      expect(t[0]).toBeLessThanOrEqual(lo);
      expect(t[t.length - 1]).toBeGreaterThanOrEqual(hi);
      expect(t.length).toBeLessThanOrEqual(12);
    }
  });
});

describe('chart helpers', () => {
  it('stacks values for the bar domain and always includes zero', () => {
    const series = [
      { name: 'a', values: [10, -5], color: '', pattern: 'solid' as const },
      { name: 'b', values: [20, -5], color: '', pattern: 'diagonal' as const }
    ];
    expect(barDomain({ labels: ['x', 'y'], series, stacked: true })).toEqual({ min: -10, max: 30 });
    expect(barDomain({ labels: ['x', 'y'], series, stacked: false })).toEqual({ min: -5, max: 20 });
  });

  it('turns shares into percentages that add up to 100', () => {
    const p = percentages([53, 38, null, 8, 1]);
    expect(p[2]).toBeNull();
    expect(p.reduce<number>((a, v) => a + (v ?? 0), 0)).toBeCloseTo(100);
  });

  it('spreads line-end labels at least a gap apart and inside the plot', () => {
    const out = spreadLabels([50, 51, 52, 200], 10, 0, 100);
    const sorted = [...out].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(Math.max(...out)).toBeLessThanOrEqual(100);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
  });

  it('picks three or four key-figure tiles to a row', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(tileColumns)).toEqual([3, 3, 3, 4, 3, 3, 4, 4, 3, 3]);
  });

  it('thins category labels only when they would collide', () => {
    expect(labelStep(5, 20, 400)).toBe(1);
    expect(labelStep(50, 30, 400)).toBeGreaterThan(1);
  });
});

describe('timeline label placement', () => {
  /** Deterministic pseudo-random numbers so a failure can be replayed. */
  function rng(seed: number): () => number {
    let s = seed;
    return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  }

  it('never overlaps boxes or runs a stem through a box', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = rng(seed);
      const n = 2 + Math.floor(r() * 10);
      const boxes: TimelineBox[] = Array.from({ length: n }, () => ({ px: r() * 480, w: 30 + r() * 80, h: 20 })).sort(
        (a, b) => a.px - b.px
      );
      const placed = placeTimelineLabels(boxes, 0, 480);
      if (!placed) continue;
      placed.forEach((p, i) => {
        expect(p.left).toBeGreaterThanOrEqual(0);
        expect(p.right).toBeLessThanOrEqual(480 + 1e-9);
        expect(p.px).toBe(boxes[i].px);
        placed.forEach((q, j) => {
          if (i === j || p.side !== q.side) return;
          if (p.level === q.level) expect(p.right <= q.left || q.right <= p.left, `seed ${seed}: boxes ${i} and ${j}`).toBe(true);
          // q is farther out: its stem passes p's level and must miss p's box.
          if (q.level > p.level) expect(q.px < p.left || q.px > p.right, `seed ${seed}: stem ${j} through box ${i}`).toBe(true);
        });
      });
    }
  });

  it('places a realistic set of eight events and gives up when too crowded', () => {
    const xs = [0, 40, 90, 250, 330, 360, 365, 470];
    expect(
      placeTimelineLabels(
        xs.map((px) => ({ px, w: 100, h: 20 })),
        0,
        480
      )
    ).not.toBeNull();
    expect(
      placeTimelineLabels(
        Array.from({ length: 10 }, () => ({ px: 100, w: 100, h: 20 })),
        0,
        480,
        2
      )
    ).toBeNull();
  });
});

describe('text formatting', () => {
  it('formats dates, citations and references', () => {
    expect(formatDate('2024-06-30')).toBe('30 June 2024');
    expect(formatDate('2024-05')).toBe('May 2024');
    expect(formatDate('2024')).toBe('2024');
    expect(citation([3, 1, 3])).toBe('[1, 3]');
    expect(
      referenceText({ id: 'x', title: 'Is AI here?', publisher: 'P', author: 'A. B. et al.', url: 'https://e.org', accessed: '2024-01-02' })
    ).toBe('A. B. et al. Is AI here? P. https://e.org (accessed 2 January 2024)');
  });

  it('uses the briefing-wide numbers, lists only what the document cites and ignores unknown ids', () => {
    const sources = [
      { id: 'a', title: 'A', publisher: 'P' },
      { id: 'b', title: 'B', publisher: 'P' },
      { id: 'c', title: 'C', publisher: 'P' }
    ];
    const section = { id: 's', title: 'S', summary: 'x', keyFigures: [], body: [], figures: [] };
    // The briefing cites c first, then a: c is [1], a is [2], b (never cited) is [3].
    const briefing = { sources, sections: [{ ...section, takeaways: [{ text: 't', sources: ['c', 'a'] }] }] };
    const refs = new References(numberSources(briefing));
    expect(refs.mark(['a'])).toBe('[2]');
    expect(refs.mark(['b', 'a', 'zzz'])).toBe('[2, 3]');
    expect(refs.list().map((r) => [r.n, r.source.id])).toEqual([
      [2, 'a'],
      [3, 'b']
    ]);
    // Linked, one run per number, each ending where a line may end: no line can start with a comma.
    const linked = new References(numberSources(briefing), true).runs(['a', 'b', 'c'], STYLES.body);
    expect(linked.map((r) => r.text)).toEqual(['[1, ', '2, ', '3]']);
    expect(linked.map((r) => r.text).join('')).toBe(new References(numberSources(briefing)).mark(['a', 'b', 'c']));
    expect(linked.map((r) => r.goTo)).toEqual(['ref-1', 'ref-2', 'ref-3']);
  });
});
