// How much of the masthead is shown: the fullest layout that fits the window at the current text size.

/**
 * From the fullest layout to the tightest: `wide` puts the actions beside the title; `stacked` puts them under it;
 * `compact` shrinks the title, keeps the subtitle to one line and moves the theme, Open and Print into a "More" menu;
 * `minimal` drops the subtitle and keeps the title to one line.
 */
export const MASTHEAD_LEVELS = ['wide', 'stacked', 'compact', 'minimal'] as const;
export type MastheadLevel = (typeof MASTHEAD_LEVELS)[number];

/** The masthead (everything above the tabs) takes at most this share of the window's height. */
export const MAX_HEADER_SHARE = 0.4;

/** The title may wrap to this many lines in the wide and stacked layouts; more means its column is too narrow. */
export const MAX_TITLE_LINES = 2;

/** The first level that fits, trying each in order (`tryLevel` lays it out and measures); the last if none does. */
export function firstFitting<T>(levels: readonly T[], tryLevel: (level: T) => boolean): T {
  for (const level of levels) if (tryLevel(level)) return level;
  return levels[levels.length - 1];
}

/** Lines an element's text is laid out on: the distinct tops of its line boxes (zoom-independent). */
export function lineCount(el: Element): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return tops.size;
}

/** Whether a laid-out masthead fits: low enough in the window, and its title not squeezed onto many lines. */
export function mastheadFits(header: HTMLElement, title: HTMLElement | null, level: MastheadLevel, windowHeight: number): boolean {
  if (header.getBoundingClientRect().bottom > windowHeight * MAX_HEADER_SHARE) return false;
  if (level === 'wide' || level === 'stacked') return !title || lineCount(title) <= MAX_TITLE_LINES;
  return true;
}
