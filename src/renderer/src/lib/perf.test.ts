import { afterEach, describe, expect, it } from 'vitest';
import { markFiguresDrawn, markSectionDrawn } from './perf';

const marks = (id: string): number => performance.getEntriesByName(`section-drawn:${id}`).length;

afterEach(() => performance.clearMarks());

describe('section-drawn marks', () => {
  it('marks a section once each of its charts has drawn, not before, and a repeat draw does not count twice', () => {
    expect(markFiguresDrawn('a', 'f1', 3)).toBe(false);
    expect(markFiguresDrawn('a', 'f1', 3)).toBe(false);
    expect(markFiguresDrawn('a', 'f2', 3)).toBe(false);
    expect(marks('a')).toBe(0);
    expect(markFiguresDrawn('a', 'f3', 3)).toBe(true);
    expect(marks('a')).toBe(1);
  });

  it('starts counting again for the next visit of the section', () => {
    for (const f of ['f1', 'f2']) markFiguresDrawn('b', f, 2);
    expect(marks('b')).toBe(1);
    expect(markFiguresDrawn('b', 'f1', 2)).toBe(false);
    expect(markFiguresDrawn('b', 'f2', 2)).toBe(true);
    expect(marks('b')).toBe(2);
  });

  it('marks a section without charts at once', () => {
    markSectionDrawn('c');
    expect(marks('c')).toBe(1);
  });
});
