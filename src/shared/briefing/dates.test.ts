import { describe, expect, it } from 'vitest';
import { readableDate, shortDate } from './dates';

describe('dates', () => {
  it('writes a day, a month or a year as the PDF and the screen both show it', () => {
    expect(readableDate('2024-06-30')).toBe('30 June 2024');
    expect(readableDate('2019-12')).toBe('December 2019');
    expect(readableDate('2024')).toBe('2024');
  });

  it('cuts the month to three letters for short labels', () => {
    expect(shortDate('2023-03-03')).toBe('3 Mar 2023');
    expect(shortDate('2019-12')).toBe('Dec 2019');
    expect(shortDate('2016')).toBe('2016');
  });

  it('writes Korean dates year first, each part with its counter', () => {
    expect(readableDate('2026-06-29', 'ko')).toBe('2026년 6월 29일');
    expect(readableDate('2019-12', 'ko')).toBe('2019년 12월');
    expect(readableDate('2016', 'ko')).toBe('2016년');
    expect(readableDate('2023-03-03', 'ko')).toBe('2023년 3월 3일');
    expect(shortDate('2023-03-03', 'ko')).toBe('2023년 3월 3일');
  });
});
