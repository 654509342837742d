import { describe, expect, it } from 'vitest';
import { englishNumbers, koreanNumbers, numberDifference } from './translation-numbers';

const same = (en: string, ko: string): boolean => {
  const d = numberDifference(en, ko);
  return d.missing.length === 0 && d.extra.length === 0;
};

describe('translation numbers', () => {
  it('reads scale words, month names and quarters as values', () => {
    expect(englishNumbers('KRW 1.3 tn in December 2019, USD 400 m, 2Q25')).toEqual([2, 2025, 12, 1.3e12, 2019, 4e8]);
    expect(koreanNumbers('1조 3,000억 원, 8천억 원, 68억 달러, 2025년 2분기 23.5%')).toEqual([1.3e12, 8e11, 6.8e9, 2025, 2, 23.5]);
  });

  it('accepts a faithful translation in Korean conventions', () => {
    expect(same('In December 2019 the plan set out KRW 2 tn and USD 6.8 bn.', '2019년 12월 계획은 2조 원과 68억 달러를 제시했다.')).toBe(
      true
    );
    expect(same('JPY 72.5 bn; 29 June 2026; HBM4', '725억 엔; 2026년 6월 29일; HBM4')).toBe(true);
  });

  it('catches a wrong conversion, a dropped number and an added one', () => {
    expect(numberDifference('KRW 1.3 tn', '1조 300억 원')).toEqual({ missing: [1.3e12], extra: [1.03e12] });
    expect(numberDifference('23% in 2024', '2024년')).toEqual({ missing: [23], extra: [] });
    expect(numberDifference('three companies', '3개 기업')).toEqual({ missing: [], extra: [3] });
  });
});
