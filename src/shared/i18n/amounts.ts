// Money, written by one rule wherever the app or a PDF shows an amount.
//
// The dataset stores an amount as a number and a unit such as "KRW tn", "USD bn", "JPY m": the currency, then
// the scale. English writes the currency code first and keeps the scale word ("KRW 2 tn", "USD 6.8 bn").
// Korean counts in myriads (만 10⁴, 억 10⁸, 조 10¹²) and names the currency after the number:
// KRW 1.3 tn → "1조 3,000억 원", USD 6.8 bn → "68억 달러", JPY 72.5 bn → "725억 엔".
import type { Lang } from './lang';
import { formatNumber } from './numbers';

const SCALES = { '': 1, k: 1e3, m: 1e6, bn: 1e9, tn: 1e12 } as const;
type Scale = keyof typeof SCALES;

/** The Korean word for each currency the dataset may use. */
const CURRENCY_KO: Record<string, string> = {
  KRW: '원',
  USD: '달러',
  EUR: '유로',
  JPY: '엔',
  CNY: '위안',
  GBP: '파운드'
};

/** The Korean for a scale in a table header or an axis title ("단위: 십억 달러"). */
const SCALE_KO: Record<Scale, string> = { '': '', k: '천', m: '백만', bn: '십억', tn: '조' };

const AMOUNT = /^(KRW|USD|EUR|JPY|CNY|GBP)(?: (k|m|bn|tn))?$/;

export interface AmountUnit {
  currency: string;
  scale: Scale;
}

/** The currency and scale of an amount unit ("USD bn" → USD, bn); undefined for any other unit ("%", "GPUs"). */
export function parseAmountUnit(unit: string): AmountUnit | undefined {
  const m = AMOUNT.exec(unit.trim());
  return m ? { currency: m[1], scale: (m[2] ?? '') as Scale } : undefined;
}

/** Whether a unit is an amount of money that formatAmount writes. */
export function isAmountUnit(unit: string): boolean {
  return parseAmountUnit(unit) !== undefined;
}

const MYRIADS = [
  [1e12, '조'],
  [1e8, '억'],
  [1e4, '만']
] as const;

/** A whole number of the currency in Korean myriads: 1,300,000,000,000 → "1조 3,000억". */
function koreanMyriads(whole: number): string {
  const parts: string[] = [];
  let rest = whole;
  for (const [size, word] of MYRIADS) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${formatNumber(count, 'ko')}${word}`);
    rest -= count * size;
  }
  if (rest > 0) parts.push(formatNumber(rest, 'ko'));
  return parts.join(' ');
}

/**
 * An amount as `lang` writes it. `unit` is the dataset's ("KRW tn", "USD m", "JPY bn", or a bare "USD"); any other
 * unit is not an amount and comes back as number and unit ("19 %" is not for this function — use formatValue).
 */
export function formatAmount(value: number, unit: string, lang: Lang): string {
  const amount = parseAmountUnit(unit);
  if (!amount) return `${formatNumber(value, lang)} ${unit}`.trim();
  if (lang === 'en') {
    const scale = amount.scale ? ` ${amount.scale}` : '';
    return `${amount.currency} ${formatNumber(value, 'en')}${scale}`;
  }
  const sign = value < 0 ? '-' : '';
  const absolute = Math.abs(value) * SCALES[amount.scale];
  // Below 만 the myriads have nothing to group; keep the decimals ("0.5 달러").
  const number = absolute < 1e4 ? formatNumber(absolute, 'ko') : koreanMyriads(Math.round(absolute));
  return `${sign}${number} ${CURRENCY_KO[amount.currency]}`;
}

/**
 * The unit of a column or an axis whose values are written as plain numbers: "USD bn" in English; in Korean as a
 * table header says it, "십억 달러" (the caller adds "단위:"). Units that are not amounts come back as they are.
 */
export function amountUnitLabel(unit: string, lang: Lang): string {
  const amount = parseAmountUnit(unit);
  if (!amount || lang === 'en') return unit;
  return `${SCALE_KO[amount.scale]} ${CURRENCY_KO[amount.currency]}`.trim();
}

/**
 * A unit as a figure's caption or a chart's axis states it: "USD bn" in English; in Korean as a table header does,
 * "단위: 십억 달러" (a non-amount unit comes translated from the dataset: "단위: 건"). Empty for no unit.
 */
export function unitCaption(unit: string, lang: Lang): string {
  if (!unit || lang === 'en') return unit;
  return `단위: ${amountUnitLabel(unit, lang)}`;
}
