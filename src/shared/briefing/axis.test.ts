import { describe, expect, it } from 'vitest';
import { lineStartsAtZero, valueAxisFromZero, valueAxisMin } from './axis';

const line = (values: (number | null)[]) => ({ kind: 'line' as const, series: [{ values }] }) as Parameters<typeof valueAxisMin>[0];

describe('value axis', () => {
  it('starts lines at zero unless every value sits far from it', () => {
    expect(lineStartsAtZero([2, 10, null])).toBe(true);
    expect(lineStartsAtZero([-3, 10])).toBe(true);
    expect(lineStartsAtZero([11.9, 20.9])).toBe(false);
    expect(lineStartsAtZero([null])).toBe(true);
  });

  it('always starts bars at zero', () => {
    expect(valueAxisFromZero({ kind: 'bar', series: [{ name: 's', values: [80, 90], color: '', pattern: 'solid' }] })).toBe(true);
  });

  it('names a round start below the lowest value when the axis does not start at zero (the chip share: 11.9–20.9%)', () => {
    expect(valueAxisMin(line([11.9, 12.6, 17.1, 20.9, 15.6]))).toBe(10);
    expect(valueAxisMin(line([812, 845, 903]))).toBe(800);
    expect(valueAxisMin(line([2, 10]))).toBe(0);
    expect(valueAxisMin(line([7, 7]))).toBe(7);
  });
});
