import type { Font } from 'fontkit';

/*
 * Shaping a word with fontkit runs the font's OpenType lookups over it: a few tenths of a millisecond per
 * word, and a first export meets thousands of distinct words. For the text of this briefing (Latin and
 * precomposed Hangul), shaping only substitutes one glyph per character and kerns neighbours, so a word's
 * layout follows from its characters and the kerning of each adjacent pair, and pairs repeat far more than
 * words do. Characters outside that set, and any pair fontkit does not lay out as two plain glyphs, send
 * the word to fontkit's full layout. A test checks that both give the same result for every word of the
 * default briefing.
 */

// Contextual alternates and ligatures cost most of the shaping time (fontkit's chaining-context lookups)
// and change nothing a reader of this briefing would miss; kerning and marks stay on.
export const FEATURES = { calt: false, liga: false, clig: false, rclt: false, dlig: false } as unknown as string[];

/** A word's glyphs and their placement, in font units, as fontkit's layout gives them. */
export interface WordLayout {
  ids: number[];
  codePoints: number[][];
  /** Each glyph's own advance (hmtx). */
  advances: number[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
}

/** fontkit's full OpenType layout of a word. */
export function fullLayout(font: Font, word: string): WordLayout {
  const run = font.layout(word, FEATURES);
  return {
    ids: run.glyphs.map((g) => g.id),
    codePoints: run.glyphs.map((g) => g.codePoints),
    advances: run.glyphs.map((g) => g.advanceWidth),
    positions: run.positions.map((p) => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset }))
  };
}

/**
 * Characters that shape one-to-one in Pretendard with marks, ligatures and contextual forms out of play:
 * printable Latin (Basic, Latin-1, Extended-A), general punctuation without the invisible format
 * characters (joiners, direction marks and isolates), currency signs, and precomposed Hangul syllables.
 */
export function isSimple(cp: number): boolean {
  return (
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0x17f && cp !== 0xad) ||
    (cp >= 0x2010 && cp <= 0x2027) ||
    (cp >= 0x2030 && cp <= 0x205e) ||
    (cp >= 0x20a0 && cp <= 0x20c0) ||
    (cp >= 0xac00 && cp <= 0xd7a3)
  );
}

/** Lays out words from their characters and pair kerning, remembered per pair; see the top of this file. */
export class PairShaper {
  /** xAdvance of the first glyph of a pair in fontkit's layout of the pair (NaN: the pair is not plain). */
  private readonly pairs = new Map<string, number>();

  constructor(private readonly font: Font) {}

  /** The word's layout, or null when it needs the full layout. */
  layout(word: string): WordLayout | null {
    const chars: string[] = [];
    for (const ch of word) {
      if (!isSimple(ch.codePointAt(0) ?? 0)) return null;
      chars.push(ch);
    }
    const glyphs = chars.map((ch) => this.font.glyphForCodePoint(ch.codePointAt(0) ?? 0));
    if (glyphs.some((g) => g.id === 0)) return null;
    const positions: WordLayout['positions'] = [];
    for (let i = 0; i < glyphs.length; i++) {
      const xAdvance = i + 1 < glyphs.length ? this.pairAdvance(chars[i], chars[i + 1]) : glyphs[i].advanceWidth;
      if (Number.isNaN(xAdvance)) return null;
      positions.push({ xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0 });
    }
    return {
      ids: glyphs.map((g) => g.id),
      codePoints: chars.map((ch) => [ch.codePointAt(0) ?? 0]),
      advances: glyphs.map((g) => g.advanceWidth),
      positions
    };
  }

  private pairAdvance(a: string, b: string): number {
    const key = a + b;
    let x = this.pairs.get(key);
    if (x === undefined) {
      const run = fullLayout(this.font, key);
      const plain =
        run.ids.length === 2 &&
        run.positions.every((p) => p.xOffset === 0 && p.yOffset === 0 && p.yAdvance === 0) &&
        // Kerning may only move the second glyph by the first one's advance.
        run.positions[1].xAdvance === run.advances[1] &&
        run.ids[0] === this.font.glyphForCodePoint(a.codePointAt(0) ?? 0).id &&
        run.ids[1] === this.font.glyphForCodePoint(b.codePointAt(0) ?? 0).id;
      x = plain ? run.positions[0].xAdvance : NaN;
      this.pairs.set(key, x);
    }
    return x;
  }
}
