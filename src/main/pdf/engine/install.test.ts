// The engine must never break an export: on a pdfkit it was not written for, or one whose internals moved,
// it falls back to stock pdfkit (once said on stderr), and only the tests, which are strict, fail.
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FONTS } from '../theme';
import { install, processSettings, type EngineSettings } from '.';
import { PDFKIT_WRITTEN_FOR, installedPdfkitVersion } from './version';

const fontDir = join(__dirname, '..', '..', '..', '..', 'resources', 'fonts');

/** A new uncompressed document, its engine installed with `settings`, a line of text drawn; the file as text. */
async function drawWith(settings: Partial<EngineSettings>, during?: (doc: PDFKit.PDFDocument) => (() => void)[]) {
  const doc = new PDFDocument({ autoFirstPage: false, font: '', compress: false, pdfVersion: '1.7' });
  // `during` changes the document while the engine is installed, and returns what undoes the changes.
  const undo = during?.(doc) ?? [];
  const engine = install(doc, fontDir, settings);
  undo.forEach((u) => u());
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((ok) => doc.on('end', () => ok(Buffer.concat(chunks))));
  doc.addPage();
  doc.font(FONTS.regular).fontSize(11).fillColor('#1e293b').text('South Korea ranked sixth of 62 countries. 한국', 50, 50, { width: 300 });
  doc.end();
  const raw = await done;
  const file = engine.finish(raw);
  return { mode: engine.mode, text: file.toString('latin1'), packed: file !== raw };
}

/** The faster writer puts glyphs in literal strings (`[(`); pdfkit's own writer in hex strings (`[<`). */
const FAST = /^\[\(/m;
const STOCK = /^\[</m;

afterEach(() => vi.restoreAllMocks());

describe('install', () => {
  it('reads the installed pdfkit’s version, the one the engine was written for', () => {
    expect(installedPdfkitVersion()).toBe(PDFKIT_WRITTEN_FOR);
    expect(processSettings().pdfkitVersion).toBe(PDFKIT_WRITTEN_FOR);
  });

  it('puts every patch in place on that version, strictly (nothing left out)', async () => {
    const warn = vi.fn();
    const drawn = await drawWith({ stock: false, pdfkitVersion: PDFKIT_WRITTEN_FOR, strict: true, warn });
    expect(drawn.mode).toBe('patched');
    expect(drawn.text).toMatch(FAST);
    expect(drawn.text).not.toMatch(STOCK);
    // Colours to 4 decimals (content-tuning.ts), and object streams (object-streams.ts).
    expect(drawn.text).toContain('0.1176 0.1608 0.2314 scn');
    expect(drawn.packed).toBe(true);
    expect(drawn.text).toMatch(/\/Type \/ObjStm/);
    expect(warn).not.toHaveBeenCalled();
  });

  it('falls back to stock pdfkit on a version it was not written for, and says so once', async () => {
    const warn = vi.fn();
    const settings = { stock: false, pdfkitVersion: '0.21.0', strict: false, warn };
    const first = await drawWith(settings);
    const second = await drawWith(settings);
    for (const drawn of [first, second]) {
      expect(drawn.mode).toBe('stock');
      expect(drawn.text).toMatch(STOCK);
      expect(drawn.text).not.toMatch(FAST);
      expect(drawn.packed).toBe(false);
      // The text is there all the same, in the briefing's typeface.
      expect(drawn.text).toMatch(/\/BaseFont \/[A-Z]{6}\+Pretendard-Regular/);
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/pdfkit 0\.21\.0 is installed, the engine was written for 0\.20\.2\); using stock pdfkit/);
  });

  it('throws on that version when strict, as under the tests', async () => {
    await expect(drawWith({ stock: false, pdfkitVersion: '0.21.0', strict: true, warn: vi.fn() })).rejects.toThrow(
      /pdfkit 0\.21\.0 is installed, the engine was written for 0\.20\.2/
    );
    await expect(drawWith({ stock: false, pdfkitVersion: undefined, strict: true, warn: vi.fn() })).rejects.toThrow(
      /pdfkit of unknown version/
    );
  });

  it('is stock pdfkit, without a word, when asked (BRIEFING_STOCK_PDFKIT=1)', async () => {
    vi.stubEnv('BRIEFING_STOCK_PDFKIT', '1');
    expect(processSettings().stock).toBe(true);
    vi.unstubAllEnvs();
    const warn = vi.fn();
    const drawn = await drawWith({ stock: true, pdfkitVersion: PDFKIT_WRITTEN_FOR, strict: true, warn });
    expect(drawn.mode).toBe('stock');
    expect(drawn.text).toMatch(STOCK);
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves out, instead of throwing, a patch whose pdfkit internals are missing, and says so once', async () => {
    const warn = vi.fn();
    const settings = { stock: false, pdfkitVersion: PDFKIT_WRITTEN_FOR, strict: false, warn };
    // As if pdfkit had renamed its line writer and its embedded fonts' subset; each is back for pdfkit after.
    const drawn = await drawWith(settings, (doc) => [hide(doc, '_fragment'), hideSubsets(doc)]);
    expect(drawn.mode).toBe('patched');
    // pdfkit's own encoder and writer drew the text; the colours and object streams are still the engine's.
    expect(drawn.text).toMatch(STOCK);
    expect(drawn.text).not.toMatch(FAST);
    expect(drawn.text).toContain('0.1176 0.1608 0.2314 scn');
    expect(drawn.packed).toBe(true);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(/its embedded font has no subset.*encoding text with pdfkit’s own encoder/),
      expect.stringMatching(/no _fragment\); writing text with pdfkit’s own writer/),
      expect.stringMatching(/no _fragment\); wrapping every paragraph anew/)
    ]);
    // A page whose content stream is not as expected keeps pdfkit's way of writing it.
    const later = await drawWith(settings, (doc) => {
      doc.on('pageAdded', () => hideOnce(doc.page as unknown as Record<string, unknown>, 'content'));
      return [];
    });
    expect(later.text).toMatch(FAST);
    expect(warn).toHaveBeenCalledTimes(4);
    expect(String(warn.mock.calls[3][0])).toMatch(/a page has no content stream reference/);
  });

  it('throws when strict and an internal is missing', async () => {
    await expect(
      drawWith({ stock: false, pdfkitVersion: PDFKIT_WRITTEN_FOR, strict: true, warn: vi.fn() }, (doc) => [hide(doc, '_fragment')])
    ).rejects.toThrow(/pdfkit changed \(no _fragment\)/);
  });
});

/** Makes `prop` of `obj` read as undefined until the returned function is called; writes are kept. */
function hide(obj: object, prop: string): () => void {
  const target = obj as Record<string, unknown>;
  let value = target[prop];
  let hidden = true;
  Object.defineProperty(obj, prop, {
    configurable: true,
    get: () => (hidden ? undefined : value),
    set: (v: unknown) => (value = v)
  });
  return () => (hidden = false);
}

/** Hides the subset of each font the document embeds until the returned function is called. */
function hideSubsets(doc: PDFKit.PDFDocument): () => void {
  const shown: (() => void)[] = [];
  const font = doc.font.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  (doc as unknown as { font: (...args: unknown[]) => PDFKit.PDFDocument }).font = (...args) => {
    font(...args);
    const embedded = (doc as unknown as { _font: object })._font;
    if ('subset' in embedded && Object.getOwnPropertyDescriptor(embedded, 'subset')?.get === undefined)
      shown.push(hide(embedded, 'subset'));
    return doc;
  };
  return () => {
    delete (doc as unknown as Record<string, unknown>).font;
    shown.forEach((show) => show());
  };
}

/** Makes `prop` of `obj` read as undefined once, the next time it is read. */
function hideOnce(obj: Record<string, unknown>, prop: string): void {
  const value = obj[prop];
  let reads = 0;
  Object.defineProperty(obj, prop, { configurable: true, get: () => (reads++ === 0 ? undefined : value) });
}
