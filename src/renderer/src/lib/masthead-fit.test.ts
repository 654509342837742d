import { describe, expect, it } from 'vitest';
import { firstFitting, MASTHEAD_LEVELS } from './masthead-fit';

describe('firstFitting', () => {
  it('keeps the fullest layout that fits, trying them in order', () => {
    const tried: string[] = [];
    const level = firstFitting(MASTHEAD_LEVELS, (l) => (tried.push(l), l === 'compact' || l === 'minimal'));
    expect(level).toBe('compact');
    expect(tried).toEqual(['wide', 'stacked', 'compact']);
  });

  it('falls back to the tightest layout when none fits', () => {
    expect(firstFitting(MASTHEAD_LEVELS, () => false)).toBe('minimal');
  });
});
