import { describe, expect, it } from 'vitest';
import { amountUnitLabel, formatAmount, parseAmountUnit, unitCaption } from './amounts';

describe('formatAmount', () => {
  it('writes English amounts currency code first, then the number and the scale', () => {
    expect(formatAmount(2, 'KRW tn', 'en')).toBe('KRW 2 tn');
    expect(formatAmount(6.8, 'USD bn', 'en')).toBe('USD 6.8 bn');
    expect(formatAmount(72.5, 'JPY bn', 'en')).toBe('JPY 72.5 bn');
    expect(formatAmount(1012, 'USD m', 'en')).toBe('USD 1,012 m');
    expect(formatAmount(35, 'USD', 'en')).toBe('USD 35');
  });

  it('writes Korean amounts in 조, 억 and 만 with the currency after the number', () => {
    expect(formatAmount(2, 'KRW tn', 'ko')).toBe('2조 원');
    expect(formatAmount(1.3, 'KRW tn', 'ko')).toBe('1조 3,000억 원');
    expect(formatAmount(6.8, 'USD bn', 'ko')).toBe('68억 달러');
    expect(formatAmount(400, 'USD m', 'ko')).toBe('4억 달러');
    expect(formatAmount(72.5, 'JPY bn', 'ko')).toBe('725억 엔');
    expect(formatAmount(0.68, 'USD bn', 'ko')).toBe('6억 8,000만 달러');
    expect(formatAmount(30, 'KRW m', 'ko')).toBe('3,000만 원');
    expect(formatAmount(58.2, 'KRW tn', 'ko')).toBe('58조 2,000억 원');
    expect(formatAmount(560, 'KRW bn', 'ko')).toBe('5,600억 원');
    expect(formatAmount(1.234567, 'USD m', 'ko')).toBe('123만 4,567 달러');
    expect(formatAmount(0.5, 'USD', 'ko')).toBe('0.5 달러');
    expect(formatAmount(-2, 'KRW tn', 'ko')).toBe('-2조 원');
  });

  it('leaves units that are not amounts alone', () => {
    expect(parseAmountUnit('GPUs')).toBeUndefined();
    expect(parseAmountUnit('bn')).toBeUndefined();
    expect(formatAmount(3, 'GW', 'ko')).toBe('3 GW');
  });

  it('names the unit of an axis or a column as a Korean table header does', () => {
    expect(amountUnitLabel('USD bn', 'ko')).toBe('십억 달러');
    expect(amountUnitLabel('KRW tn', 'ko')).toBe('조 원');
    expect(amountUnitLabel('KRW m', 'ko')).toBe('백만 원');
    expect(amountUnitLabel('USD bn', 'en')).toBe('USD bn');
    expect(amountUnitLabel('GPUs', 'ko')).toBe('GPUs');
  });
});

describe('unitCaption', () => {
  it('says the unit as a Korean table header does, and leaves English alone', () => {
    expect(unitCaption('USD bn', 'ko')).toBe('단위: 십억 달러');
    expect(unitCaption('건', 'ko')).toBe('단위: 건');
    expect(unitCaption('USD bn', 'en')).toBe('USD bn');
    expect(unitCaption('', 'ko')).toBe('');
  });
});
