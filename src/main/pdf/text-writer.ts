import { forEachWord, pdfNumber as num, wordEncoder } from './fonts';

/*
 * pdfkit's `_fragment` writes one line of text. It asks the font to encode the whole line glyph by
 * glyph (arrays of 4-digit hex codes and position objects), joins them again into hex strings, and
 * measures the line once more for links. Over a briefing's ~3,000 lines that was a quarter of an export.
 *
 * Here a line is written from the words this document has already encoded (fonts.ts): each word keeps
 * its glyph codes as ready-made pieces of a PDF literal string, cut where pdfkit puts a kerning number.
 * Literal strings take 2 bytes per glyph where hex takes 4, so the page content is smaller and
 * deflates in less time, to a smaller file.
 *
 * The operators are pdfkit's, with its numbers (BT, Tm, Tf, TJ, ET), except that the text matrix flips the
 * line upright instead of a flip of the page around it (q, cm, Q): glyphs land in the same place, drawn the
 * same. Links and goTo annotations go through pdfkit's methods. Anything this writer does not do (justified or
 * letter-spaced text, underline, strike, oblique, stroke, baselines, named destinations, OpenType
 * features, other fonts, combining marks) goes to pdfkit's writer unchanged. pdfkit 0.20 internals,
 * pinned in package.json.
 */

/** The internals of pdfkit's document used here. */
interface WriterDoc {
  _fragment(text: string, x: number, y: number, options: FragmentOptions): void;
  _font: { id: string; ascender: number; ref(): unknown };
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string): unknown;
  widthOfString(text: string, options?: object): number;
  currentLineHeight(includeGap?: boolean): number;
  link(x: number, y: number, w: number, h: number, url: string, options?: object): unknown;
  annotate(x: number, y: number, w: number, h: number, options: object): unknown;
  _currentStructureElement?: { dictionary: { data: { S?: string } } };
}

/** The options pdfkit's line wrapper hands `_fragment` (see pdfkit's `_fragment`). */
interface FragmentOptions {
  align?: string;
  width?: number;
  lineWidth?: number;
  textWidth?: number;
  wordCount?: number;
  wordSpacing?: number;
  characterSpacing?: number;
  horizontalScaling?: number;
  baseline?: unknown;
  link?: string | null;
  goTo?: string | null;
  destination?: unknown;
  underline?: unknown;
  strike?: unknown;
  oblique?: unknown;
  stroke?: unknown;
  features?: unknown;
}

/** True when pdfkit's writer would do something this one does not. */
function needsPdfkit(o: FragmentOptions): boolean {
  return Boolean(
    (o.align === 'justify' && o.width) ||
    o.wordSpacing ||
    o.characterSpacing ||
    (o.horizontalScaling !== undefined && o.horizontalScaling !== 100) ||
    o.baseline !== undefined ||
    o.destination != null ||
    o.underline ||
    o.strike ||
    o.oblique ||
    o.stroke ||
    o.features !== undefined
  );
}

/** The TJ operator of a line: literal strings and kerning numbers, as pdfkit cuts them; '' for no glyphs; null if a glyph needs pdfkit's writer. */
function showOperator(text: string, encode: NonNullable<ReturnType<typeof wordEncoder>>): string | null {
  // Joined once into a flat string (see fonts.ts): this is what the page holds until it is encoded.
  const parts = ['[('];
  let ok = true;
  forEachWord(text, (word) => {
    const e = encode(word);
    if (e.offset) ok = false;
    if (e.shown) parts.push(e.shown);
  });
  if (!ok) return null;
  if (parts.length === 1) return '';
  // pdfkit ends the array with the last glyphs and their (zero) adjustment, or with the last kerning number.
  const last = parts[parts.length - 1];
  if (last.endsWith(' (')) {
    parts[parts.length - 1] = last.slice(0, -2);
    parts.push('] TJ');
  } else parts.push(') 0] TJ');
  return parts.join('');
}

/** Makes the document write its lines of text with the faster writer where it can; call after registerFonts. */
export function fastTextWriter(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as WriterDoc;
  if (typeof doc._fragment !== 'function' || typeof doc.addContent !== 'function') throw new Error('pdfkit changed: no _fragment');
  const original = doc._fragment.bind(doc);
  doc._fragment = (input, x, y, options) => {
    const encode = wordEncoder(doc._font);
    if (!encode || needsPdfkit(options)) return original(input, x, y, options);
    const text = input.includes('\n') ? input.replace(/\n/g, '') : input;
    if (text.length === 0) return;
    const operator = showOperator(text, encode);
    if (operator === null) return original(input, x, y, options);

    let left = x;
    if (options.width) {
      if (options.align === 'right') left += (options.lineWidth ?? 0) - doc.widthOfString(text.replace(/\s+$/, ''), options);
      else if (options.align === 'center') left += (options.lineWidth ?? 0) / 2 - (options.textWidth ?? 0) / 2;
    }
    if (options.link != null || options.goTo != null) {
      // The link's box is as wide as the text drawn, as pdfkit measures it.
      const width = options.textWidth ?? doc.widthOfString(text, options);
      const height = doc.currentLineHeight();
      if (options.link != null) {
        const inLink = doc._currentStructureElement?.dictionary.data.S === 'Link';
        doc.link(left, y, width, height, options.link, inLink ? { structParent: doc._currentStructureElement } : {});
      }
      // A jump inside the document names its destination right in the link (/Dest) rather than through a GoTo action,
      // as pdfkit's goTo() does: one small object per link instead of two, which matters with a citation link per number.
      if (options.goTo != null) doc.annotate(left, y, width, height, { Subtype: 'Link', Dest: options.goTo });
    }
    const dy = (doc._font.ascender / 1000) * doc._fontSize;
    // pdfkit flips the page so y grows downwards; it flips it back around each line (q, cm, ..., Q) and places the
    // line upright. A text matrix that flips instead puts every glyph at the same place, with three operators less.
    doc.page.fonts[doc._font.id] ??= doc._font.ref();
    doc.addContent('BT');
    doc.addContent(`1 0 0 -1 ${num(left)} ${num(y + dy)} Tm`);
    doc.addContent(`/${doc._font.id} ${num(doc._fontSize)} Tf`);
    if (operator) doc.addContent(operator);
    doc.addContent('ET');
  };
}
