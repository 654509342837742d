import { create, type Font } from 'fontkit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fullLayout, PairShaper } from './pair-shaping';
import { FONTS } from '../theme';
import type { Fallback } from './fallback';

/*
 * Text is most of an export's time. pdfkit shapes each word with fontkit (OpenType layout) in every
 * document and, per glyph, builds arrays and objects it then throws away. Here each font is parsed once
 * per process, each word is shaped once per process, and each document turns a word into its subset's
 * glyph codes once; pdfkit's text layout (line breaking, alignment, tagging) is unchanged. The glyphs,
 * positions and widths are those pdfkit computes (same shaping, same word splitting), rounded to 1/100 000 em.
 */

/** A glyph's placement in pdfkit's units (thousandths of the font size), as pdfkit's writer reads it. */
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** A word shaped once: glyph ids, what they stand for, and where they go. */
interface Shaped {
  ids: number[];
  codePoints: number[][];
  positions: Position[];
  width: number;
  /** What the faster writer puts after each glyph in a TJ array: '' or the kerning number between strings, `) -12.5 (`. */
  kerns: string[];
  /** A glyph sits off its baseline or pen position (see Encoded). */
  offset: boolean;
}

/** What the document needs of a word: glyph codes in this document's subset, in two forms. */
export interface Encoded {
  /** Glyph ids in this document's subset; pdfkit's own writer takes them as 4 hex digits each. */
  gids: number[];
  positions: Position[];
  /**
   * For the faster writer (text-writer.ts): the word as it goes inside a TJ array's literal string. Glyph
   * codes are 2 bytes each (escaped); where pdfkit follows a glyph with a kerning number, the string is
   * closed, the number written and a new one opened: `ab) -12.5 (c`. Words are concatenated as they are.
   */
  shown: string;
  /** A glyph sits off its baseline or pen position (a combining mark): only pdfkit's writer places those. */
  offset: boolean;
}

/** A byte of a glyph code inside a PDF literal string: delimiters and backslash escaped, and line ends, which readers would turn into LF. */
const LITERAL_BYTE = Array.from({ length: 256 }, (_, b) =>
  b === 0x28 ? '\\(' : b === 0x29 ? '\\)' : b === 0x5c ? '\\\\' : b === 0x0a ? '\\n' : b === 0x0d ? '\\r' : String.fromCharCode(b)
);

/** pdfkit's number format for content streams (PDFObject.number): 6 decimals at most. */
export function pdfNumber(n: number): string {
  return `${Math.round(n * 1e6) / 1e6}`;
}

/** A word's glyph codes inside a TJ literal string (see Encoded), cut where pdfkit's writer cuts them. */
function shownText(gids: number[], kerns: string[]): string {
  // Joined rather than concatenated: one flat string, not a tree of pieces the collector has to follow
  // for as long as the document is being written.
  const shown: string[] = [];
  gids.forEach((gid, i) => shown.push(LITERAL_BYTE[gid >> 8], LITERAL_BYTE[gid & 0xff], kerns[i]));
  return shown.join('');
}

/** The fields of pdfkit's EmbeddedFont (internal API of pdfkit 0.20, pinned in package.json) used here. */
interface EmbeddedFont {
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  encode(text: string, features?: unknown): [string[], Position[]];
  widthOfString(text: string, size: number, features?: unknown): number;
}

const MAX_CACHED = 50_000;
/** Paragraphs are longer than words: fewer of them (a briefing measures a few thousand). */
const MAX_CACHED_HEIGHTS = 10_000;

/** Calls `fn` for each piece of `text` that pdfkit shapes on its own: a word with the space or tab after it. */
export function forEachWord(text: string, fn: (word: string) => void): void {
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      fn(text.slice(last, i + 1));
      last = i + 1;
    }
  }
  if (last < text.length) fn(text.slice(last));
}

/** Shapes words of one font, once per process; bounded, so a long session starts afresh rather than grow. */
class Shaper {
  private readonly words = new Map<string, Shaped>();
  /** Heights of wrapped paragraphs, by size, line gap, letter spacing, width and text. */
  readonly heights = new Map<string, number>();
  private readonly scale: number;
  private readonly pairs: PairShaper;

  constructor(readonly font: Font) {
    this.scale = 1000 / font.unitsPerEm;
    this.pairs = new PairShaper(font);
  }

  /** Number of words shaped and kept. */
  get size(): number {
    return this.words.size;
  }

  shape(word: string): Shaped {
    let shaped = this.words.get(word);
    if (!shaped) {
      const run = this.pairs.layout(word) ?? fullLayout(this.font, word);
      // Hundredths of pdfkit's unit (1/100 000 em): invisible, and the kerning numbers pdfkit writes
      // into every line of text stay short ("17.09" rather than "17.089844").
      const s = this.scale;
      const at = (v: number): number => Math.round(v * s * 100) / 100;
      const positions = run.positions.map((p, i): Position => ({
        xAdvance: at(p.xAdvance),
        yAdvance: at(p.yAdvance),
        xOffset: at(p.xOffset),
        yOffset: at(p.yOffset),
        advanceWidth: at(run.advances[i])
      }));
      shaped = {
        ids: run.ids,
        codePoints: run.codePoints,
        positions,
        width: positions.reduce((sum, p) => sum + p.xAdvance, 0),
        // pdfkit writes the difference of advance and width after a glyph when there is one (kerning).
        kerns: positions.map((p) => (p.xAdvance === p.advanceWidth ? '' : `) ${pdfNumber(p.advanceWidth - p.xAdvance)} (`)),
        offset: positions.some((p) => p.xOffset !== 0 || p.yOffset !== 0)
      };
      if (this.words.size >= MAX_CACHED) this.words.clear();
      this.words.set(word, shaped);
    }
    return shaped;
  }

  /** Width of a text in thousandths of the font size. */
  width(text: string): number {
    // The line wrapper asks for one word at a time, thousands of times an export: answer those from the cache
    // of shaped words without splitting. Longer texts (whole lines, seen once) are summed from their words.
    const shaped = this.words.get(text);
    if (shaped) return shaped.width;
    let sum = 0;
    forEachWord(text, (word) => (sum += this.shape(word).width));
    return sum;
  }
}

/** Replaces an embedded font's encode and widthOfString with ones backed by the shared shaper. */
function speedUp(embedded: EmbeddedFont, shaper: Shaper): void {
  const encodeWithFeatures = embedded.encode.bind(embedded);
  const widthWithFeatures = embedded.widthOfString.bind(embedded);
  const words = new Map<string, Encoded>();
  const encodeWord = (word: string): Encoded => {
    let encoded = words.get(word);
    if (!encoded) {
      const shaped = shaper.shape(word);
      const gids = shaped.ids.map((id, i) => {
        const gid = embedded.subset.includeGlyph(id);
        embedded.widths[gid] ??= shaped.positions[i].advanceWidth;
        embedded.unicode[gid] ??= shaped.codePoints[i];
        return gid;
      });
      encoded = {
        gids,
        positions: shaped.positions,
        shown: shownText(gids, shaped.kerns),
        offset: shaped.offset
      };
      words.set(word, encoded);
    }
    return encoded;
  };
  embedded.encode = (text, features) => {
    if (features !== undefined) return encodeWithFeatures(text, features);
    const codes: string[] = [];
    const positions: Position[] = [];
    forEachWord(text, (word) => {
      const e = encodeWord(word);
      for (let i = 0; i < e.gids.length; i++) {
        codes.push(e.gids[i].toString(16).padStart(4, '0'));
        // Shared and never written: pdfkit copies a position before it changes one (word spacing).
        positions.push(e.positions[i]);
      }
    });
    return [codes, positions];
  };
  embedded.widthOfString = (text, size, features) =>
    features !== undefined ? widthWithFeatures(text, size, features) : (shaper.width(text) * size) / 1000;
  encoders.set(embedded, encodeWord);
}

const encoders = new WeakMap<object, (word: string) => Encoded>();

/** How this document encodes a word in an embedded font registered by registerFonts; undefined for other fonts. */
export function wordEncoder(font: object | undefined): ((word: string) => Encoded) | undefined {
  return font && encoders.get(font);
}

// Parsing a 2.7 MB TTF and shaping its words on every export is wasteful; keep both per path, per process.
const shapers = new Map<string, Shaper>();

/** The shaper of a font file, parsing it on first use. */
export function shaperFor(path: string): Shaper {
  let shaper = shapers.get(path);
  if (!shaper) {
    if (!existsSync(path)) throw new Error(`PDF font not found: ${path}`);
    const parsed = create(readFileSync(path));
    if (!('layout' in parsed)) throw new Error(`Not a single font: ${path}`);
    shaper = new Shaper(parsed as Font);
    shapers.set(path, shaper);
  }
  return shaper;
}

/** The path of one of the briefing's typefaces; a clear error if it is missing. */
export function fontPath(fontDir: string, name: string): string {
  const path = join(fontDir, `${name}.ttf`);
  if (!existsSync(path)) throw new Error(`PDF font not found: ${path}`);
  return path;
}

/** Registers the Pretendard TTFs from fontDir as stock pdfkit does, from the files; pdfkit embeds only the glyphs used. */
export function registerStockFonts(doc: PDFKit.PDFDocument, fontDir: string): void {
  for (const name of Object.values(FONTS)) doc.registerFont(name, fontPath(fontDir, name));
}

/**
 * Registers the Pretendard TTFs from fontDir, parsed and shaped once per process, each with the faster encoder;
 * a font pdfkit does not embed as this expects is left to pdfkit's own encoder (see `fallback`).
 */
export function registerFonts(doc: PDFKit.PDFDocument, fontDir: string, fallback: Fallback): void {
  for (const name of Object.values(FONTS)) {
    const shaper = shaperFor(fontPath(fontDir, name));
    // pdfkit accepts a fontkit font object as well as bytes.
    doc.registerFont(name, shaper.font as unknown as Buffer);
    doc.font(name);
    const embedded = (doc as unknown as { _font?: EmbeddedFont })._font;
    if (!embedded?.subset || typeof embedded.encode !== 'function' || !Array.isArray(embedded.widths) || !Array.isArray(embedded.unicode)) {
      fallback('its embedded font has no subset, widths or unicode table', 'encoding text with pdfkit’s own encoder');
      continue;
    }
    speedUp(embedded, shaper);
    shaperOf.set(embedded, shaper);
  }
  rememberHeights(doc);
}

const shaperOf = new WeakMap<object, Shaper>();

/**
 * Makes the document's heightOfString remember its answers per font: a paragraph is measured before it is
 * placed, often more than once (keep-with-next, the handout's densities), and its height depends only on
 * the font, size, line gap, letter spacing, width and text. Only calls with just those options, in a font
 * registered above, are remembered.
 */
function rememberHeights(doc: PDFKit.PDFDocument): void {
  const state = doc as unknown as { _font?: object; _fontSize?: number };
  const measure = doc.heightOfString.bind(doc);
  doc.heightOfString = (text, options) => {
    const shaper = state._font && shaperOf.get(state._font);
    if (!shaper || !options || Object.keys(options).some((k) => k !== 'width' && k !== 'lineGap' && k !== 'characterSpacing'))
      return measure(text, options);
    const key = `${state._fontSize}|${options.lineGap}|${options.characterSpacing}|${options.width}|${text}`;
    let h = shaper.heights.get(key);
    if (h === undefined) {
      h = measure(text, options);
      if (shaper.heights.size >= MAX_CACHED_HEIGHTS) shaper.heights.clear();
      shaper.heights.set(key, h);
    }
    return h;
  };
}
