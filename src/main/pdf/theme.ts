/** Visual constants shared by every part of the PDF, so spacing and colour stay consistent. */

export const COLORS = {
  text: '#1E293B',
  muted: '#64748B',
  faint: '#94A3B8',
  rule: '#CBD5E1',
  grid: '#E2E8F0',
  tile: '#F1F5F9',
  accent: '#0F4C81',
  white: '#FFFFFF'
} as const;

/** Font family keys registered by fonts.ts. */
export const FONTS = {
  regular: 'Pretendard-Regular',
  semibold: 'Pretendard-SemiBold',
  bold: 'Pretendard-Bold'
} as const;
/** A font weight known to the theme. */
export type FontKey = keyof typeof FONTS;

/** A text style: font, size and extra space between lines (pdfkit's lineGap). */
export interface TextStyle {
  font: FontKey;
  size: number;
  lineGap: number;
  color: string;
  /** Extra space between characters, for small uppercase labels. */
  characterSpacing?: number;
}

// Pretendard's natural line height is ~1.19 em, so a 10 pt body with lineGap 2 gives the 10/14 rhythm.
/** The type scale: every text in the PDF uses one of these. */
export const STYLES = {
  body: { font: 'regular', size: 10, lineGap: 2, color: COLORS.text },
  lead: { font: 'regular', size: 12, lineGap: 4, color: COLORS.text },
  small: { font: 'regular', size: 8, lineGap: 2, color: COLORS.muted },
  tiny: { font: 'regular', size: 7, lineGap: 1.5, color: COLORS.muted },
  label: { font: 'semibold', size: 8, lineGap: 2, color: COLORS.accent, characterSpacing: 0.5 },
  h1: { font: 'bold', size: 22, lineGap: 2, color: COLORS.text },
  h2: { font: 'semibold', size: 12.5, lineGap: 2, color: COLORS.text },
  caption: { font: 'semibold', size: 10, lineGap: 2, color: COLORS.text },
  source: { font: 'regular', size: 7.5, lineGap: 1.5, color: COLORS.muted },
  header: { font: 'regular', size: 7.5, lineGap: 0, color: COLORS.muted },
  axis: { font: 'regular', size: 7, lineGap: 1, color: COLORS.muted },
  chartLabel: { font: 'semibold', size: 7, lineGap: 1, color: COLORS.text }
} as const satisfies Record<string, TextStyle>;

/** Vertical spacing steps in points. */
export const SPACE = { xs: 4, s: 8, m: 14, l: 22, xl: 34 } as const;

/** Paper size of the export. */
export type Paper = 'a4' | 'letter';

/** Page sizes in points (pdfkit's own A4 and LETTER). */
export const PAPER_SIZES: Record<Paper, readonly [number, number]> = {
  a4: [595.28, 841.89],
  letter: [612, 792]
};

/** Page margins; the top leaves room for the running header, the bottom for the footer. */
export const MARGINS = { top: 76, bottom: 68, left: 56, right: 56 } as const;
