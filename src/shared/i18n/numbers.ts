import { LOCALE, type Lang } from './lang';

// One formatter per language for all calls: toLocaleString builds a new one each time, which showed in export profiles.
const FORMATS: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
  ko: new Intl.NumberFormat(LOCALE.ko, { maximumFractionDigits: 2 })
};

/** A number as the language writes it: thousands separators, up to two decimals ("1,012", "10.26"). */
export function formatNumber(value: number, lang: Lang = 'en'): string {
  return FORMATS[lang].format(value);
}
