import type { Fallback } from './fallback';

/*
 * Two costs of pdfkit's content streams, cut without changing what is drawn (pdfkit 0.20 internals, see
 * engine/index.ts; where one is not as expected, that part is left to pdfkit rather than writing a wrong file):
 *
 * - It turns every operator it writes (several per line of text) into its own small Uint8Array and
 *   joins them when the page ends: hundreds of thousands of short-lived arrays per briefing, and much
 *   of an export's garbage collection. Here a page's operators stay strings until a few hundred have
 *   gathered, and are then encoded together into the same bytes (pdfkit writes its operators as Latin-1
 *   strings). Not waiting for the page's end matters: pages stay open until the document ends (running
 *   heads are added last), and strings held that long are copied by every young-generation collection.
 * - It writes the fill colour before every run of text, as 17-digit fractions, although most runs
 *   keep the colour already set: about a fifth of the raw page content of the default briefing. Here a
 *   colour equal to the one in force is not written again, and components are written to 4 decimals
 *   (finer than the 1/255 steps of the palette).
 */

/** The fields of pdfkit's PDFReference (internal API of pdfkit 0.20, pinned in package.json) used here. */
interface StreamRef {
  buffer: Uint8Array[];
  compress: boolean;
  data: { Length?: number; Filter?: string };
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/** Operators gathered as strings before they are encoded together (see above). */
const OPERATORS_PER_CHUNK = 512;

/** Gathers a page's operators as strings (see above); returns what encodes those gathered so far. */
function bufferStrings(ref: StreamRef): () => void {
  let parts: string[] = [];
  const finalize = ref.finalize.bind(ref);
  const flush = (): void => {
    if (parts.length === 0) return;
    // Each operator ends with a newline, as pdfkit's own write adds.
    ref.buffer.push(Buffer.from(`${parts.join('\n')}\n`, 'latin1'));
    parts = [];
  };
  ref.write = (chunk) => {
    if (typeof chunk === 'string') {
      if (parts.push(chunk) >= OPERATORS_PER_CHUNK) flush();
    } else {
      flush();
      ref.buffer.push(chunk);
    }
    // pdfkit's finalize writes the real Length; a compressed stream is marked as such on first write.
    ref.data.Length = 0;
    if (ref.compress) ref.data.Filter = 'FlateDecode';
  };
  ref.finalize = () => {
    flush();
    finalize();
  };
  return flush;
}

/** The colour methods of pdfkit's document used here. */
interface ColorDoc {
  _normalizeColor(color: unknown): unknown;
  switchToPage(n: number): unknown;
  fillColor(color: unknown, opacity?: number): PDFKit.PDFDocument;
  save(): PDFKit.PDFDocument;
  restore(): PDFKit.PDFDocument;
}

/** Rounds colour components; skips setting a fill colour (given as a string) that is already in force. */
function trimColors(doc: PDFKit.PDFDocument, fallback: Fallback): void {
  const d = doc as unknown as ColorDoc;
  const missing = (['_normalizeColor', 'fillColor', 'save', 'restore', 'switchToPage'] as const).filter((m) => typeof d[m] !== 'function');
  if (missing.length) return fallback(`no ${missing.join(', ')}`, 'writing every fill colour as pdfkit does');
  const normalize = d._normalizeColor.bind(d);
  d._normalizeColor = (color) => {
    const n = normalize(color);
    return Array.isArray(n) ? n.map((v: number) => Math.round(v * 1e4) / 1e4) : n;
  };
  // The fill colour in force, as the string it was set from (null: unknown), and its values saved by `q`.
  let current: string | null = null;
  const saved: (string | null)[] = [];
  const fillColor = d.fillColor.bind(d);
  const save = d.save.bind(d);
  const restore = d.restore.bind(d);
  d.fillColor = (color, opacity) => {
    if (opacity === undefined && typeof color === 'string' && color === current) return doc;
    current = typeof color === 'string' && opacity === undefined ? color : null;
    return fillColor(color, opacity);
  };
  d.save = () => {
    saved.push(current);
    return save();
  };
  d.restore = () => {
    // An unbalanced restore leaves the colour unknown, so the next one is written.
    current = saved.length ? (saved.pop() ?? null) : null;
    return restore();
  };
  // A new page starts with the default graphics state; a page switched back to (running headers, the
  // contents' page numbers) goes on from wherever its content ended, which is not known here.
  const forget = (): void => {
    current = null;
    saved.length = 0;
  };
  doc.on('pageAdded', forget);
  const switchToPage = doc.switchToPage.bind(doc);
  doc.switchToPage = (n) => {
    forget();
    return switchToPage(n);
  };
}

/** Applies both to the document; call before its first page. */
export function tuneContent(doc: PDFKit.PDFDocument, fallback: Fallback): void {
  trimColors(doc, fallback);
  // The page being written: what is gathered for it is encoded as soon as another page is added or switched to.
  let flushCurrent = (): void => undefined;
  doc.on('pageAdded', () => {
    flushCurrent();
    const content = (doc as unknown as { page?: { content?: StreamRef } }).page?.content;
    if (
      !content ||
      !Array.isArray(content.buffer) ||
      typeof content.write !== 'function' ||
      typeof content.finalize !== 'function' ||
      typeof content.data !== 'object'
    ) {
      flushCurrent = () => undefined;
      return fallback('a page has no content stream reference', 'encoding each operator as pdfkit does');
    }
    flushCurrent = bufferStrings(content);
  });
  const switchToPage = doc.switchToPage.bind(doc);
  doc.switchToPage = (n) => {
    flushCurrent();
    return switchToPage(n);
  };
}
