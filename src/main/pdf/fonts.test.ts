// The faster text path (fonts.ts) must draw what pdfkit's own EmbeddedFont draws: same glyphs, same kerning.
import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { registerFonts } from './fonts';
import { FEATURES } from './pair-shaping';
import { FONTS } from './theme';

const fontDir = join(__dirname, '..', '..', '..', 'resources', 'fonts');

const SAMPLES = [
  'South Korea ranked sixth of 62 countries in the 2023 Tortoise Global AI Index.',
  'AWAY “quoted” — Tojo, VA, Type; 10.26 patents per 100,000 people',
  '인공지능 기본법은 2026년 1월에 시행된다. 과학기술정보통신부 (MSIT)',
  'e\u0301tude co\u00adoperate',
  '  double  spaces\tand a tab '
];

/** Draws the samples (wrapped, right-aligned, justified) and returns the uncompressed page content. */
async function draw(doc: PDFKit.PDFDocument, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<string>((ok) => doc.on('end', () => ok(Buffer.concat(chunks).toString('latin1'))));
  doc.addPage();
  doc.font(name).fontSize(11);
  for (const text of SAMPLES) {
    doc.text(text, 50, doc.y, { width: 160 });
    doc.text(text, 50, doc.y, { width: 300, align: 'right' });
    doc.text(`${text} ${text}`, 50, doc.y, { width: 250, align: 'justify' });
  }
  doc.end();
  return done;
}

/** Each glyph code drawn, with the TJ adjustment after it, and every other number of the text operators. */
function glyphs(pdf: string): { codes: string[]; adjust: number[]; numbers: number[] } {
  const codes: string[] = [];
  const adjust: number[] = [];
  const numbers: number[] = [];
  for (const [, body] of pdf.matchAll(/\[([^\]]*)\] TJ/g))
    for (const [, hex, num] of body.matchAll(/<([0-9a-f]*)>|(-?[\d.]+)/g)) {
      if (hex !== undefined)
        for (let i = 0; i < hex.length; i += 4) {
          codes.push(hex.slice(i, i + 4));
          adjust.push(0);
        }
      else adjust[adjust.length - 1] += Number(num);
    }
  for (const [, ops] of pdf.matchAll(/^([-\d. ]+) (?:Tm|Tw|Tc)$/gm)) numbers.push(...ops.split(' ').map(Number));
  return { codes, adjust, numbers };
}

describe.each(Object.values(FONTS))('text drawn in %s', (name) => {
  it('has pdfkit’s own glyphs, kerning and placement (to 1/100 000 em), and the same width and Unicode tables', async () => {
    const ours = new PDFDocument({ autoFirstPage: false, font: '', compress: false });
    registerFonts(ours, fontDir);
    // pdfkit unmodified, with the same OpenType features.
    const font = create(readFileSync(join(fontDir, `${name}.ttf`))) as Font;
    const layout = font.layout.bind(font);
    font.layout = (text: string, features?: string[] | Record<string, boolean>) => layout(text, features ?? FEATURES);
    const theirs = new PDFDocument({ autoFirstPage: false, font: '', compress: false });
    theirs.registerFont(name, font as unknown as Buffer);

    const a = glyphs(await draw(ours, name));
    const b = glyphs(await draw(theirs, name));
    expect(a.codes.length).toBeGreaterThan(500);
    expect(a.codes).toEqual(b.codes);
    // Kerning is rounded to 0.01 (thousandths of the size); justified word spacing also follows the summed
    // widths of the line, which may be off by a few hundredths: 0.05 is 1/20 000 em.
    a.adjust.forEach((v, i) => expect(Math.abs(v - b.adjust[i]), `adjustment after glyph ${i}`).toBeLessThanOrEqual(0.05));
    expect(a.numbers.length).toBe(b.numbers.length);
    // Positions of lines: right-aligned and justified ones depend on summed widths, off by a rounding each.
    a.numbers.forEach((v, i) => expect(Math.abs(v - b.numbers[i]), `number ${i}`).toBeLessThanOrEqual(0.01));

    type Tables = { _fontFamilies: Record<string, { widths: number[]; unicode: number[][] }> };
    const ta = (ours as unknown as Tables)._fontFamilies[name];
    const tb = (theirs as unknown as Tables)._fontFamilies[name];
    expect(ta.widths.length).toBe(tb.widths.length);
    ta.widths.forEach((w, gid) => expect(Math.abs(w - tb.widths[gid])).toBeLessThanOrEqual(0.005 + 1e-9));
    expect(ta.unicode).toEqual(tb.unicode);
  });
});
