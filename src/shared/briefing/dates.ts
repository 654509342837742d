// How every date in the briefing is written, on screen and in the PDF alike: "29 June 2026", "December 2019", "2016";
// in Korean "2026년 6월 29일", "2019년 12월", "2016년".
import type { Lang } from '../i18n/lang';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(date: string): [number, number | undefined, number | undefined] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function koreanDate(date: string): string {
  const [y, m, d] = parts(date);
  return [`${y}년`, m === undefined ? '' : `${m}월`, d === undefined ? '' : `${d}일`].filter(Boolean).join(' ');
}

/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for reading: "29 November 2026", "May 2024", "2024". */
export function readableDate(date: string, lang: Lang = 'en'): string {
  if (lang === 'ko') return koreanDate(date);
  const [y, m, d] = parts(date);
  if (m === undefined) return String(y);
  const month = MONTHS[m - 1];
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

/**
 * The same date where room is short (timeline labels): the month cut to three letters, "3 Mar 2023", "Dec 2019".
 * Korean dates are short already and stay as they are.
 */
export function shortDate(date: string, lang: Lang = 'en'): string {
  if (lang === 'ko') return koreanDate(date);
  return readableDate(date).replace(new RegExp(MONTHS.join('|')), (m) => m.slice(0, 3));
}
