import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Test helper: what pdf.js reads back from a PDF (text per page, sizes, outline with page indexes, metadata). */
export interface ParsedPdf {
  pages: {
    width: number;
    height: number;
    text: string;
    items: { str: string; x: number; y: number; size: number }[];
    /** Tag-tree roles on the page in reading order, with alt text where given. */
    tags: { role: string; alt?: string }[];
    /** Internal links on the page, the 0-based page each opens and, for a named destination, its name. */
    links: { page: number; rect: number[]; name?: string }[];
  }[];
  outline: OutlineNode[];
  info: Record<string, unknown>;
}

/** One bookmark as pdf.js reads it back. */
export interface OutlineNode {
  title: string;
  /** 0-based page index the bookmark opens. */
  page: number;
  children: OutlineNode[];
}

interface StructNode {
  role?: string;
  alt?: string;
  children?: unknown[];
}

interface RawOutline {
  title: string;
  dest: string | unknown[] | null;
  items: RawOutline[];
}

/** Parses a PDF with pdf.js (no fonts loaded, no worker tricks needed in Node). */
export async function readPdf(buf: Buffer): Promise<ParsedPdf> {
  const doc = await getDocument({
    data: new Uint8Array(buf),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0
  }).promise;
  /** Page index a named or explicit destination points to. */
  const destPage = async (d: string | unknown[]): Promise<number> => {
    const dest = typeof d === 'string' ? await doc.getDestination(d) : d;
    const ref = Array.isArray(dest) ? dest[0] : null;
    return ref && typeof ref === 'object' ? doc.getPageIndex(ref as { num: number; gen: number }) : -1;
  };
  try {
    const pages: ParsedPdf['pages'] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const text = content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join('');
      // transform = [a, b, c, d, x, y]: y is the baseline measured from the page's bottom edge.
      const items = content.items.flatMap((it) =>
        'str' in it && it.str.trim()
          ? [{ str: it.str, x: it.transform[4], y: it.transform[5], size: Math.hypot(it.transform[2], it.transform[3]) }]
          : []
      );
      const tags: { role: string; alt?: string }[] = [];
      const walk = (node: StructNode | null): void => {
        if (!node) return;
        if (node.role) tags.push(node.alt ? { role: node.role, alt: node.alt } : { role: node.role });
        node.children?.forEach((c) => walk(c as StructNode));
      };
      walk((await page.getStructTree()) as StructNode | null);
      const links: { page: number; rect: number[]; name?: string }[] = [];
      for (const a of (await page.getAnnotations()) as { subtype: string; dest?: string | unknown[]; rect: number[] }[]) {
        if (a.subtype !== 'Link' || !a.dest) continue;
        const target = { page: await destPage(a.dest), rect: a.rect };
        links.push(typeof a.dest === 'string' ? { ...target, name: a.dest } : target);
      }
      pages.push({ width, height, text, items, tags, links });
    }
    const resolve = async (node: RawOutline): Promise<OutlineNode> => ({
      title: node.title,
      page: node.dest ? await destPage(node.dest) : -1,
      children: await Promise.all(node.items.map(resolve))
    });
    const raw = ((await doc.getOutline()) ?? []) as RawOutline[];
    const outline = await Promise.all(raw.map(resolve));
    const meta = await doc.getMetadata();
    return { pages, outline, info: (meta.info ?? {}) as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}

/** Collapses runs of whitespace so phrases match however pdf.js split the text into items. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Test helper: the PDF's bytes as Latin-1 text, with every object stream (/Type /ObjStm) inflated in
 * place, so tests can look for dictionary entries wherever the writer put them.
 */
export function objectText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const re = /<<\n\/Type \/ObjStm\n[^>]*?\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/g;
  let out = '';
  let last = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = start + Number(m[1]);
    out += raw.slice(last, start) + inflateSync(pdf.subarray(start, end)).toString('latin1');
    last = end;
    re.lastIndex = end;
  }
  return out + raw.slice(last);
}
