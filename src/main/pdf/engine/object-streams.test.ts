// The object-stream writer: what it changes (layout of the file) and what it must not (any object's value).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../../shared/briefing/schema';
import { buildPdf } from '..';
import { packObjects } from './object-streams';

const root = join(__dirname, '..', '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'objstm-'));

/** A small pdfkit document with what a briefing has: pages, text, links, an outline and tags. */
async function pdfkitFile(version: '1.3' | '1.7'): Promise<Buffer> {
  const doc = new PDFDocument({ pdfVersion: version, tagged: true, autoFirstPage: false, info: { Title: 'Objects (test)' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((ok) => doc.on('end', () => ok(Buffer.concat(chunks))));
  for (let p = 1; p <= 3; p++) {
    doc.addPage();
    doc.outline.addItem(`Page ${p}`);
    doc.fontSize(12).text(`Page ${p}: (parentheses), back\\slash and a link.`, { link: 'https://example.org/' });
    doc.rect(50, 200, 100, 50).fill('#336699');
  }
  doc.end();
  return done;
}

/** Every object's value as qpdf reads it, by object number. */
function objects(file: string): Record<string, unknown> {
  const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 64 << 20 })) as {
    qpdf: [unknown, Record<string, unknown>];
  };
  return json.qpdf[1];
}

/** The cross-reference stream's rows [type, field 2, field 3] (W [1 4 2]) and the numbers each object stream lists. */
function crossReferences(pdf: Buffer): { rows: number[][]; listed: Map<number, number[]> } {
  const text = pdf.toString('latin1');
  const streamAt = (re: RegExp): { num: number; data: Buffer }[] =>
    [...text.matchAll(re)].map((m) => {
      const start = (m.index ?? 0) + m[0].length;
      return { num: Number(m[1]), data: inflateSync(pdf.subarray(start, start + Number(m[2]))) };
    });
  const [xref] = streamAt(/(\d+) 0 obj\n<<\n\/Type \/XRef\n[\s\S]*?\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/g);
  const rows: number[][] = [];
  for (let at = 0; at < xref.data.length; at += 7)
    rows.push([xref.data[at], xref.data.readUInt32BE(at + 1), xref.data.readUInt16BE(at + 5)]);
  const listed = new Map<number, number[]>();
  for (const stm of streamAt(/(\d+) 0 obj\n<<\n\/Type \/ObjStm\n[\s\S]*?\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/g)) {
    const first = Number(/\/First (\d+)/.exec(text.slice(text.indexOf(`${stm.num} 0 obj`)))?.[1]);
    const pairs = stm.data.toString('latin1', 0, first).trim().split(/\s+/).map(Number);
    listed.set(
      stm.num,
      pairs.filter((_, i) => i % 2 === 0)
    );
  }
  return { rows, listed };
}

describe('packObjects', () => {
  let original: Buffer;
  let packed: Buffer;
  beforeAll(async () => {
    original = await pdfkitFile('1.7');
    packed = packObjects(original);
    writeFileSync(join(dir, 'original.pdf'), original);
    writeFileSync(join(dir, 'packed.pdf'), packed);
  });

  it('writes a valid PDF with object streams and a cross-reference stream instead of a table', () => {
    expect(execFileSync('qpdf', ['--check', join(dir, 'packed.pdf')], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    const text = packed.toString('latin1');
    expect(text).toMatch(/\/Type \/ObjStm/);
    expect(text).toMatch(/\/Type \/XRef/);
    expect(text).not.toMatch(/^xref$/m);
    expect(text).not.toMatch(/^trailer$/m);
    expect(packed.length).toBeLessThan(original.length);
  });

  it('keeps every object, under its number, with the same value', () => {
    const before = objects(join(dir, 'original.pdf'));
    const after = objects(join(dir, 'packed.pdf'));
    const numbers = Object.keys(before).filter((k) => k.startsWith('obj:'));
    expect(numbers.length).toBeGreaterThan(20);
    for (const key of numbers) expect(after[key], key).toEqual(before[key]);
    const trailer = (t: unknown) => (t as { value: Record<string, unknown> }).value;
    for (const entry of ['/Root', '/Info', '/ID']) expect(trailer(after.trailer)[entry], entry).toEqual(trailer(before.trailer)[entry]);
  });

  it('points every cross-reference entry at the right place', () => {
    const { rows, listed } = crossReferences(packed);
    let inStreams = 0;
    rows.forEach(([type, a, b], num) => {
      if (type === 1) expect(packed.toString('latin1', a, a + `${num} 0 obj`.length), `object ${num}`).toBe(`${num} 0 obj`);
      if (type === 2) {
        inStreams++;
        expect(listed.get(a)?.[b], `object ${num} is entry ${b} of stream ${a}`).toBe(num);
      }
    });
    expect(inStreams).toBeGreaterThan(20);
    expect(rows[0]).toEqual([0, 0, 65535]);
  });

  it('leaves alone what is not a single-revision pdfkit file of PDF 1.5 or later', async () => {
    const old = await pdfkitFile('1.3');
    expect(packObjects(old)).toBe(old);
    const truncated = original.subarray(0, original.length - 40);
    expect(packObjects(truncated)).toBe(truncated);
    const garbage = Buffer.from('%PDF-1.7\nnot really a PDF\nstartxref\n9\n%%EOF\n');
    expect(packObjects(garbage)).toBe(garbage);
    // Already packed: there is no classic table to read.
    expect(packObjects(packed)).toBe(packed);
  });

  it('is applied to real exports, which stay small', async () => {
    const briefing = JSON.parse(readFileSync(join(root, 'resources', 'briefing.json'), 'utf8')) as Briefing;
    const bytes = await buildPdf(briefing, { kind: 'briefing', paper: 'a4' }, { fontDir: join(root, 'resources', 'fonts') });
    expect(bytes.toString('latin1')).toMatch(/\/Type \/ObjStm/);
    // Every stream is compressed.
    expect(bytes.toString('latin1')).not.toMatch(/<<\n\/Length \d+\n>>\nstream\n/);
    // The benchmark compares with Chromium's print of the same briefing (about 550 KB); half of that was the target
    // before every citation number became a link to its source (about 750 link annotations, some 30 KB). The memory
    // rewrite of the semiconductors section (issue 17) took the briefing from 56 to 67 pages and 277 to 346 KB.
    expect(bytes.length).toBeLessThan(400 * 1024);
  });
});
