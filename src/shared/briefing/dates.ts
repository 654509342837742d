// How every date in the briefing is written, on screen and in the PDF alike: "29 June 2026", "December 2019", "2016".

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for reading: "29 November 2026", "May 2024", "2024". */
export function readableDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  const month = MONTHS[m - 1];
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

/** The same date with the month cut to three letters, where room is short (timeline labels): "3 Mar 2023", "Dec 2019". */
export function shortDate(date: string): string {
  return readableDate(date).replace(new RegExp(MONTHS.join('|')), (m) => m.slice(0, 3));
}
