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
    expect(numberDifference('three companies', '4개 기업')).toEqual({ missing: [], extra: [4] });
  });
});

describe('translation numbers: lists and number words', () => {
  it('scales every number of a list or range that ends in one scale word', () => {
    expect(englishNumbers('USD 1.1, 0.7 and 1.7 billion; USD 0.7–1.7 billion')).toEqual([1.1e9, 0.7e9, 1.7e9, 0.7e9, 1.7e9]);
    expect(same('USD 1.1, 0.7 and 1.7 billion', '11억·7억·17억 달러')).toBe(true);
    expect(englishNumbers('in 2023, 5 billion')).toEqual([2023, 5e9]);
  });

  it('lets a number the English writes as a word be a word or digits in Korean, but not a different number', () => {
    expect(same('the fourth quarter of 2025, for five years', '2025년 4분기, 5년간')).toBe(true);
    expect(same('the fourth quarter of 2025, for five years', '2025년 마지막 분기, 다섯 해 동안')).toBe(true);
    expect(same('two-thirds of the market', '시장의 3분의 2')).toBe(true);
    expect(numberDifference('for five years', '6년간')).toEqual({ missing: [], extra: [6] });
  });
});

describe('translation numbers: parameter counts', () => {
  it('reads "519-billion-parameter" as 519 billion, written 5,190억 or 519B in Korean', () => {
    expect(same('a 519-billion-parameter model', '5,190억 개 파라미터 모델')).toBe(true);
    expect(same('a 519-billion-parameter model', '519B 모델')).toBe(true);
    expect(same('a 519-billion-parameter model', '519개 파라미터 모델')).toBe(false);
  });
});

describe('translation numbers: scale words are whole words', () => {
  it('does not read "5 months" or "3 mm" as millions', () => {
    expect(koreanNumbers('5 months, 3 mm')).toEqual([5, 3]);
    expect(englishNumbers('5 months, 3 mm')).toEqual([5, 3]);
  });
});

describe('translation numbers: B2B is not a number', () => {
  it('reads the 2 of B2B as 2, not 2 billion', () => {
    expect(englishNumbers('B2B services and a 7.8B model')).toEqual([2, 7.8e9]);
    expect(same('Fifteen consortia', '15개 컨소시엄')).toBe(true);
  });
});

describe('translation numbers: halves, Sept and model names', () => {
  it('reads H1 as a half, Sept as September, and the 3 of Qwen3-235B as a name', () => {
    expect(same('Revenue, H1 2025', '2025년 상반기 매출')).toBe(true);
    expect(same('Sept 2025', '2025년 9월')).toBe(true);
    expect(same('Qwen3-235B', 'Qwen3-235B')).toBe(true);
    expect(same('Revenue, H1 2025', '2025년 하반기 2 매출')).toBe(false);
  });
});
