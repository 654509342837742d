/**
 * pdfkit turns every content-stream operator it writes (several per line of text) into its own small
 * Uint8Array and joins them when the page ends: hundreds of thousands of short-lived arrays per
 * briefing, and much of an export's garbage collection. This keeps a page's operators as strings and
 * encodes them once, at the end, into the same bytes (pdfkit writes its operators as Latin-1 strings).
 */

/** The fields of pdfkit's PDFReference (internal API of pdfkit 0.20, pinned in package.json) used here. */
interface StreamRef {
  buffer: Uint8Array[];
  compress: boolean;
  data: { Length?: number; Filter?: string };
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

function bufferStrings(ref: StreamRef): void {
  let parts: string[] = [];
  const finalize = ref.finalize.bind(ref);
  const flush = (): void => {
    if (parts.length === 0) return;
    // Each operator ends with a newline, as pdfkit's own write adds.
    ref.buffer.push(Buffer.from(`${parts.join('\n')}\n`, 'latin1'));
    parts = [];
  };
  ref.write = (chunk) => {
    if (typeof chunk === 'string') parts.push(chunk);
    else {
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
}

/** Buffers the content stream of every page the document adds from now on. */
export function bufferPageContent(doc: PDFKit.PDFDocument): void {
  doc.on('pageAdded', () => {
    const content = (doc as unknown as { page?: { content?: StreamRef } }).page?.content;
    if (!content || !Array.isArray(content.buffer) || typeof content.finalize !== 'function')
      throw new Error('pdfkit changed: a page has no content stream reference');
    bufferStrings(content);
  });
}
