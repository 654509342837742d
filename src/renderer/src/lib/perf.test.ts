import { afterEach, describe, expect, it } from 'vitest';
import { DrawnFigures, markSectionDrawn } from './perf';

afterEach(() => performance.clearMarks());

describe('DrawnFigures', () => {
  it('is complete once each figure of a section has drawn, and a figure drawn twice counts once', () => {
    const drawn = new DrawnFigures();
    drawn.add('a', 'f1');
    drawn.add('a', 'f1');
    drawn.add('a', 'f2');
    expect(drawn.all('a', 3)).toBe(false);
    drawn.add('a', 'f3');
    expect(drawn.all('a', 3)).toBe(true);
    expect(drawn.all('b', 1)).toBe(false);
  });

  it('is complete at once for a section without figures', () => {
    expect(new DrawnFigures().all('a', 0)).toBe(true);
  });

  it('forgets an unmounted section, and everything on clear', () => {
    const drawn = new DrawnFigures();
    drawn.add('a', 'f1');
    drawn.add('b', 'f1');
    drawn.forget('a');
    expect(drawn.all('a', 1)).toBe(false);
    expect(drawn.all('b', 1)).toBe(true);
    drawn.clear();
    expect(drawn.all('b', 1)).toBe(false);
  });
});

describe('markSectionDrawn', () => {
  it('leaves the mark the benchmark waits for', () => {
    markSectionDrawn('c');
    expect(performance.getEntriesByName('section-drawn:c')).toHaveLength(1);
  });
});
