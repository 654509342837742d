// The engine's faster text path (fonts.ts, text-writer.ts) must draw what pdfkit's own EmbeddedFont and writer draw:
// same glyphs, same kerning, same placement, same links.
import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fallbackReporter } from './fallback';
import { registerFonts } from './fonts';
import { FEATURES } from './pair-shaping';
import { FONTS } from '../theme';
import { fastTextWriter } from './text-writer';

const fontDir = join(__dirname, '..', '..', '..', '..', 'resources', 'fonts');

const SAMPLES = [
  'South Korea ranked sixth of 62 countries in the 2023 Tortoise Global AI Index.',
  'AWAY “quoted” — Tojo, VA, Type; 10.26 patents per 100,000 people',
  '인공지능 기본법은 2026년 1월에 시행된다. 과학기술정보통신부 (MSIT)',
  'e\u0301tude co\u00adoperate',
  '  double  spaces\tand a tab '
];

/** Draws the samples (wrapped, right-aligned, centred, justified, letter-spaced, as linked runs, on one line) and returns the uncompressed file. */
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
    doc.text(text, 50, doc.y, { width: 220, align: 'center' });
    doc.text(text, 50, doc.y, { width: 200, characterSpacing: 0.5 });
    doc.text(text, 50, doc.y, { width: 180, continued: true, link: 'https://example.org/a' });
    doc.text(` ${text}`, { width: 180, continued: false, link: 'https://example.org/b' });
    doc.text(text, 50, doc.y, { width: 120, align: 'right', lineBreak: false });
    doc.text(text, 50, doc.y + 14, { lineBreak: false });
  }
  doc.end();
  return done;
}

/** The operands of every TJ in a content stream: strings as glyph codes (4 hex digits each), and numbers. */
function showArrays(pdf: string): (string[] | number)[][] {
  const arrays: (string[] | number)[][] = [];
  // Each operator is on its own line; a literal string may hold any byte, so this reads token by token.
  for (let at = pdf.indexOf('\n['); at !== -1; at = pdf.indexOf('\n[', at + 1)) {
    const items: (string[] | number)[] = [];
    let i = at + 2;
    let bytes: number[] = [];
    const codes = (): string[] => {
      const out: string[] = [];
      for (let k = 0; k < bytes.length; k += 2) out.push(((bytes[k] << 8) | bytes[k + 1]).toString(16).padStart(4, '0'));
      return out;
    };
    for (;;) {
      const c = pdf[i];
      if (c === ']') break;
      if (c === ' ') i++;
      else if (c === '<') {
        const end = pdf.indexOf('>', i);
        bytes = (pdf.slice(i + 1, end).match(/../g) ?? []).map((h) => parseInt(h, 16));
        items.push(codes());
        i = end + 1;
      } else if (c === '(') {
        bytes = [];
        const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
        for (i++; pdf[i] !== ')'; i++) {
          if (pdf[i] === '\\') {
            i++;
            expect(pdf[i] in escapes, `escape \\${pdf[i]}`).toBe(true);
            bytes.push(escapes[pdf[i]]);
          } else bytes.push(pdf.charCodeAt(i));
        }
        items.push(codes());
        i++;
      } else {
        const m = /^-?[\d.]+/.exec(pdf.slice(i, i + 24));
        expect(m, `a number at ${i}`).not.toBeNull();
        items.push(Number(m![0]));
        i += m![0].length;
      }
    }
    expect(pdf.slice(i, i + 4)).toBe('] TJ');
    arrays.push(items);
  }
  return arrays;
}

/** Each glyph code drawn, with the TJ adjustment after it, every other number of the text operators, and the link boxes. */
function glyphs(pdf: string): { codes: string[]; adjust: number[]; numbers: number[]; links: { rect: number[]; uri: string }[] } {
  const codes: string[] = [];
  const adjust: number[] = [];
  const numbers: number[] = [];
  for (const items of showArrays(pdf))
    for (const item of items) {
      if (typeof item === 'number') adjust[adjust.length - 1] += item;
      else
        for (const code of item) {
          codes.push(code);
          adjust.push(0);
        }
    }
  // A line is placed either upright inside a flip of the page back (pdfkit: q, 1 0 0 -1 0 H cm, 1 0 0 1 x H−y Tm, …, Q)
  // or by a text matrix that flips (the faster writer: 1 0 0 -1 x y Tm). Following q/Q and the flips as a reader does,
  // each Tm gives where its glyphs land on the page and whether they stand upright.
  const height = Number(/\/MediaBox \[0 0 [\d.]+ ([\d.]+)\]/.exec(pdf)?.[1]);
  expect(height).toBeGreaterThan(0);
  let flipped = false;
  const saved: boolean[] = [];
  for (const line of pdf.split('\n')) {
    if (line === 'q') saved.push(flipped);
    else if (line === 'Q') flipped = saved.pop() ?? false;
    else if (line === `1 0 0 -1 0 ${height} cm`) flipped = !flipped;
    else if (/^[-\d. ]+ Tm$/.test(line)) {
      const [a, b, c, d, x, y] = line.split(' ').map(Number);
      numbers.push(a, b, c, flipped ? -d : d, x, flipped ? height - y : y);
    } else if (/^[-\d. ]+ T[wc]$/.test(line)) numbers.push(Number(line.split(' ')[0]));
  }
  const links = [...pdf.matchAll(/\/Rect \[([^\]]*)\][\s\S]*?\/URI \(([^)]*)\)/g)].map(([, rect, uri]) => ({
    rect: rect.split(' ').map(Number),
    uri
  }));
  return { codes, adjust, numbers, links };
}

describe.each(Object.values(FONTS))('text drawn in %s', (name) => {
  it('has pdfkit’s own glyphs, kerning and placement (to 1/100 000 em), and the same width and Unicode tables', async () => {
    const ours = new PDFDocument({ autoFirstPage: false, font: '', compress: false });
    // Strict: a patch left out would throw here rather than compare pdfkit with itself.
    const strict = fallbackReporter(true, () => undefined);
    registerFonts(ours, fontDir, strict);
    fastTextWriter(ours, strict);
    // pdfkit unmodified, with the same OpenType features.
    const font = create(readFileSync(join(fontDir, `${name}.ttf`))) as Font;
    const layout = font.layout.bind(font);
    font.layout = (text: string, features?: string[] | Record<string, boolean>) => layout(text, features ?? FEATURES);
    const theirs = new PDFDocument({ autoFirstPage: false, font: '', compress: false });
    theirs.registerFont(name, font as unknown as Buffer);

    const drawn = await draw(ours, name);
    // The faster writer's literal strings, and pdfkit's hex ones where it hands a line over (letter spacing, justified).
    expect(drawn).toMatch(/^\[\(/m);
    expect(drawn).toMatch(/^\[</m);
    const a = glyphs(drawn);
    const b = glyphs(await draw(theirs, name));
    expect(a.codes.length).toBeGreaterThan(500);
    expect(a.codes).toEqual(b.codes);
    // Kerning is rounded to 0.01 (thousandths of the size); justified word spacing also follows the summed
    // widths of the line, which may be off by a few hundredths: 0.05 is 1/20 000 em.
    a.adjust.forEach((v, i) => expect(Math.abs(v - b.adjust[i]), `adjustment after glyph ${i}`).toBeLessThanOrEqual(0.05));
    expect(a.numbers.length).toBe(b.numbers.length);
    // Positions of lines: right-aligned and justified ones depend on summed widths, off by a rounding each.
    a.numbers.forEach((v, i) => expect(Math.abs(v - b.numbers[i]), `number ${i}`).toBeLessThanOrEqual(0.01));
    // Link boxes: where and how wide each linked line is, the same widths as above.
    expect(a.links.length).toBeGreaterThan(6);
    expect(a.links.map((l) => l.uri)).toEqual(b.links.map((l) => l.uri));
    a.links.forEach((l, i) => l.rect.forEach((v, k) => expect(Math.abs(v - b.links[i].rect[k]), `link ${i}`).toBeLessThanOrEqual(0.02)));

    type Tables = { _fontFamilies: Record<string, { widths: number[]; unicode: number[][] }> };
    const ta = (ours as unknown as Tables)._fontFamilies[name];
    const tb = (theirs as unknown as Tables)._fontFamilies[name];
    expect(ta.widths.length).toBe(tb.widths.length);
    ta.widths.forEach((w, gid) => expect(Math.abs(w - tb.widths[gid])).toBeLessThanOrEqual(0.005 + 1e-9));
    expect(ta.unicode).toEqual(tb.unicode);
  });
});
