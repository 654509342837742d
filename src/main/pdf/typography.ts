import { FONTS, type TextStyle } from './theme';

/*
 * How layout sets and measures text: through pdfkit's public API only. The PDF engine (engine/) makes
 * these calls faster where it can (it remembers paragraph heights per font), without layout knowing.
 */

/** Sets font, size and colour of a style; returns the doc for chaining. */
export function useStyle(doc: PDFKit.PDFDocument, style: TextStyle, color?: string): PDFKit.PDFDocument {
  return doc
    .font(FONTS[style.font])
    .fontSize(style.size)
    .fillColor(color ?? style.color);
}

/** The height of a paragraph wrapped at `width` in the current font and size, as pdfkit would place it. */
export function heightOfText(doc: PDFKit.PDFDocument, text: string, width: number, lineGap = 0, characterSpacing = 0): number {
  return doc.heightOfString(text, { width, lineGap, characterSpacing });
}
