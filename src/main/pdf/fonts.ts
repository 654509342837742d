import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FONTS, type TextStyle } from './theme';

// Parsing a 2.7 MB TTF from disk on every export is wasteful; keep the bytes per path.
const cache = new Map<string, Buffer>();

function loadFont(path: string): Buffer {
  let data = cache.get(path);
  if (!data) {
    if (!existsSync(path)) throw new Error(`PDF font not found: ${path}`);
    data = readFileSync(path);
    cache.set(path, data);
  }
  return data;
}

/** Registers the Pretendard TTFs from fontDir; pdfkit embeds only the glyphs used (a subset). */
export function registerFonts(doc: PDFKit.PDFDocument, fontDir: string): void {
  for (const name of Object.values(FONTS)) doc.registerFont(name, loadFont(join(fontDir, `${name}.ttf`)));
}

/** Sets font, size and colour of a style; returns the doc for chaining. */
export function useStyle(doc: PDFKit.PDFDocument, style: TextStyle, color?: string): PDFKit.PDFDocument {
  return doc
    .font(FONTS[style.font])
    .fontSize(style.size)
    .fillColor(color ?? style.color);
}
