import { deflateSync } from 'node:zlib';

/*
 * pdfkit writes every object of a PDF as plain text with a classic cross-reference table. In a briefing
 * most objects are small dictionaries (the tag tree, link annotations, pages, outline): about 40% of the
 * file, uncompressed. PDF 1.5 lets such objects travel compressed inside "object streams", found through
 * a cross-reference stream; every current PDF reader supports this, and Chromium, qpdf and pdf-lib write
 * files that way. This rewrites pdfkit's output accordingly. Streams (page content, fonts) are copied as
 * they are; object numbers do not change. Anything that does not look like pdfkit's output is returned
 * unchanged (the tests check that a real export is packed, so a pdfkit change would not go unnoticed).
 */

/** Objects per object stream: large enough to compress well, small enough that a reader unpacks little at a time. */
const PER_STREAM = 100;

interface Trailer {
  size: number;
  root: string;
  info?: string;
  id?: string;
}

function parseTrailer(text: string): Trailer | null {
  const size = /\/Size (\d+)/.exec(text);
  const root = /\/Root (\d+ \d+ R)/.exec(text);
  if (!size || !root) return null;
  return {
    size: Number(size[1]),
    root: root[1],
    info: /\/Info (\d+ \d+ R)/.exec(text)?.[1],
    id: /\/ID (\[[^\]]*\])/.exec(text)?.[1]
  };
}

/** Offsets of objects 1…n-1 from a classic xref table of one subsection starting at 0, or null. */
function parseXref(pdf: Buffer, at: number): { offsets: number[]; trailer: Trailer } | null {
  const head = pdf.toString('latin1', at, Math.min(pdf.length, at + 64));
  const m = /^xref\r?\n0 (\d+)\r?\n/.exec(head);
  if (!m) return null;
  const count = Number(m[1]);
  const tableStart = at + m[0].length;
  // Entries are 20 bytes each: "oooooooooo ggggg n" and a two-byte end of line.
  const table = pdf.toString('latin1', tableStart, tableStart + count * 20);
  const offsets: number[] = [];
  for (let i = 1; i < count; i++) {
    const entry = table.slice(i * 20, i * 20 + 18);
    if (!/^\d{10} 00000 n$/.test(entry)) return null;
    offsets[i] = Number(entry.slice(0, 10));
  }
  const trailerText = pdf.toString('latin1', tableStart + count * 20, pdf.length);
  if (!trailerText.startsWith('trailer')) return null;
  const trailer = parseTrailer(trailerText);
  if (!trailer || trailer.size !== count) return null;
  return { offsets, trailer };
}

/** Writes a big-endian unsigned integer of `bytes` bytes. */
function putUint(out: Buffer, at: number, value: number, bytes: number): void {
  for (let i = bytes - 1; i >= 0; i--) {
    out[at + i] = value & 0xff;
    value = Math.floor(value / 256);
  }
}

/**
 * Moves the non-stream objects of a pdfkit PDF into compressed object streams, with a cross-reference
 * stream. Returns the input unchanged if it is not a single-revision PDF 1.5+ of the shape pdfkit writes.
 */
export function packObjects(pdf: Buffer): Buffer {
  const version = /^%PDF-(\d)\.(\d)/.exec(pdf.toString('latin1', 0, 16));
  if (!version || Number(version[1]) * 10 + Number(version[2]) < 15) return pdf;
  const tail = pdf.toString('latin1', Math.max(0, pdf.length - 64));
  const sx = /startxref\r?\n(\d+)\r?\n%%EOF\s*$/.exec(tail);
  if (!sx) return pdf;
  const xrefAt = Number(sx[1]);
  const parsed = parseXref(pdf, xrefAt);
  if (!parsed) return pdf;
  const { offsets, trailer } = parsed;

  // Each object runs from its offset to the next object's (or the table's).
  const order = offsets.map((off, num) => ({ num, off })).filter((o) => o.off !== undefined);
  order.sort((a, b) => a.off - b.off);
  const direct: Buffer[] = [];
  const directNums: number[] = [];
  const packed: { num: number; body: string }[] = [];
  for (let i = 0; i < order.length; i++) {
    const { num, off } = order[i];
    const end = i + 1 < order.length ? order[i + 1].off : xrefAt;
    const bytes = pdf.subarray(off, end);
    const head = `${num} 0 obj\n`;
    if (bytes.toString('latin1', 0, head.length) !== head) return pdf;
    const last = bytes.toString('latin1', Math.max(0, bytes.length - 20));
    if (last.endsWith('\nendstream\nendobj\n')) {
      direct.push(bytes);
      directNums.push(num);
    } else if (last.endsWith('\nendobj\n')) {
      packed.push({ num, body: bytes.toString('latin1', head.length, bytes.length - 'endobj\n'.length) });
    } else return pdf;
  }
  if (order.length === 0 || order[0].off <= 0) return pdf;

  const chunks: Buffer[] = [pdf.subarray(0, order[0].off)];
  let offset = chunks[0].length;
  // Cross-reference entries: [type, field 2, field 3] per object number.
  const entries: [number, number, number][] = [[0, 0, 65535]];
  for (let i = 0; i < direct.length; i++) {
    entries[directNums[i]] = [1, offset, 0];
    chunks.push(direct[i]);
    offset += direct[i].length;
  }
  let next = trailer.size;
  for (let s = 0; s < packed.length; s += PER_STREAM) {
    const group = packed.slice(s, s + PER_STREAM);
    const streamNum = next++;
    let header = '';
    let body = '';
    group.forEach((o, index) => {
      header += `${o.num} ${Buffer.byteLength(body, 'latin1')} `;
      body += o.body;
      entries[o.num] = [2, streamNum, index];
    });
    const data = deflateSync(Buffer.from(header + body, 'latin1'));
    const first = Buffer.byteLength(header, 'latin1');
    const obj = Buffer.concat([
      Buffer.from(
        `${streamNum} 0 obj\n<<\n/Type /ObjStm\n/N ${group.length}\n/First ${first}\n/Length ${data.length}\n/Filter /FlateDecode\n>>\nstream\n`,
        'latin1'
      ),
      data,
      Buffer.from('\nendstream\nendobj\n', 'latin1')
    ]);
    entries[streamNum] = [1, offset, 0];
    chunks.push(obj);
    offset += obj.length;
  }

  // The cross-reference stream describes itself too.
  const xrefNum = next++;
  entries[xrefNum] = [1, offset, 0];
  const W = [1, 4, 2];
  const rowSize = W[0] + W[1] + W[2];
  const rows = Buffer.alloc(next * rowSize);
  for (let n = 0; n < next; n++) {
    const e = entries[n];
    if (!e) return pdf;
    putUint(rows, n * rowSize, e[0], W[0]);
    putUint(rows, n * rowSize + W[0], e[1], W[1]);
    putUint(rows, n * rowSize + W[0] + W[1], e[2], W[2]);
  }
  const table = deflateSync(rows);
  const dict = [
    '/Type /XRef',
    `/Size ${next}`,
    `/W [${W.join(' ')}]`,
    `/Root ${trailer.root}`,
    trailer.info ? `/Info ${trailer.info}` : '',
    trailer.id ? `/ID ${trailer.id}` : '',
    `/Length ${table.length}`,
    '/Filter /FlateDecode'
  ].filter(Boolean);
  chunks.push(
    Buffer.from(`${xrefNum} 0 obj\n<<\n${dict.join('\n')}\n>>\nstream\n`, 'latin1'),
    table,
    Buffer.from(`\nendstream\nendobj\nstartxref\n${offset}\n%%EOF\n`, 'latin1')
  );
  return Buffer.concat(chunks);
}
