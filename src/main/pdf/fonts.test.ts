// The faster text path (fonts.ts) must encode exactly what pdfkit's own EmbeddedFont encodes.
import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { registerFonts } from './fonts';
import { FEATURES } from './pair-shaping';
import { FONTS } from './theme';

const fontDir = join(__dirname, '..', '..', '..', 'resources', 'fonts');

interface Embedded {
  encode(text: string): [string[], { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[]];
  widthOfString(text: string, size: number): number;
  widths: number[];
  unicode: number[][];
}

const embeddedOf = (doc: PDFKit.PDFDocument): Embedded => (doc as unknown as { _font: Embedded })._font;

const SAMPLES = [
  'South Korea ranked sixth of 62 countries in the 2023 Tortoise Global AI Index.',
  'AWAY “quoted” — Tojo, VA, Type; 10.26 patents per 100,000 people',
  '인공지능 기본법은 2026년 1월에 시행된다. 과학기술정보통신부 (MSIT)',
  'e\u0301tude co\u00adoperate',
  '  double  spaces\tand a tab ',
  ''
];

describe.each(Object.values(FONTS))('text encoding in %s', (name) => {
  it('gives pdfkit’s own glyph codes, positions, widths and Unicode map (to 1/100 000 em)', () => {
    const ours = new PDFDocument({ autoFirstPage: false, font: '' });
    registerFonts(ours, fontDir);
    ours.font(name);
    // pdfkit unmodified, with the same OpenType features.
    const font = create(readFileSync(join(fontDir, `${name}.ttf`))) as Font;
    const layout = font.layout.bind(font);
    font.layout = (text: string, features?: string[] | Record<string, boolean>) => layout(text, features ?? FEATURES);
    const theirs = new PDFDocument({ autoFirstPage: false, font: '' });
    theirs.registerFont(name, font as unknown as Buffer);
    theirs.font(name);

    const a = embeddedOf(ours);
    const b = embeddedOf(theirs);
    for (const text of SAMPLES) {
      const [codesA, posA] = a.encode(text);
      const [codesB, posB] = b.encode(text);
      expect(codesA, text).toEqual(codesB);
      expect(posA.length).toBe(posB.length);
      posA.forEach((p, i) => {
        for (const key of ['xAdvance', 'yAdvance', 'xOffset', 'yOffset', 'advanceWidth'] as const)
          expect(Math.abs(p[key] - posB[i][key]), `${text} #${i} ${key}`).toBeLessThanOrEqual(0.005 + 1e-9);
      });
      // Each glyph may be off by its rounding: 0.005 thousandths of the size.
      expect(Math.abs(a.widthOfString(text, 10) - b.widthOfString(text, 10))).toBeLessThanOrEqual((text.length * 0.005 * 10) / 1000 + 1e-9);
    }
    expect(a.widths.length).toBe(b.widths.length);
    a.widths.forEach((w, gid) => expect(Math.abs(w - b.widths[gid])).toBeLessThanOrEqual(0.005 + 1e-9));
    expect(a.unicode).toEqual(b.unicode);
  });
});
