import type * as PdfJs from 'pdfjs-dist';

/**
 * Draws the first page of a PDF onto a canvas with pdf.js, for the composer's handout preview: the real page main
 * built, not an imitation of it. pdf.js and its "worker" are loaded only when a preview is first asked for (about
 * 1.8 MB the app's start never parses), both from the app's own bundle. The worker code runs on the page's own
 * thread (pdf.js's "fake worker"): a dedicated Worker would need a script URL, which the app's file:// page and
 * its strict CSP make uncertain, and one page of a handout takes tens of milliseconds to read and draw.
 */

let loading: Promise<typeof PdfJs> | undefined;

function loadPdfJs(): Promise<typeof PdfJs> {
  loading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]).then(([lib, worker]) => {
    // pdf.js looks here before it tries to start a Worker or load one from a URL.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return lib;
  });
  return loading;
}

/** Page size in PDF points. */
export interface PageSize {
  width: number;
  height: number;
}

/**
 * Draws a page of `pdf` (the first unless told) into `canvas`, `cssWidth` pixels wide on screen (sharp on a
 * high-density screen). Resolves with the page's size in points once the page is on the canvas.
 */
export async function drawPdfPage(pdf: Uint8Array, canvas: HTMLCanvasElement, cssWidth: number, pageNumber = 1): Promise<PageSize> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({
    data: pdf,
    // No eval (the CSP has no 'unsafe-eval'), nothing fetched: the fonts are embedded, and nothing else is needed.
    isEvalSupported: false,
    useSystemFonts: false,
    // Glyphs drawn as outlines rather than registered as web fonts: no FontFace to load for every new PDF, which
    // took a third of each redraw, and the same look at a thumbnail's size.
    disableFontFace: true,
    disableAutoFetch: true,
    disableStream: true,
    verbosity: 0
  }).promise;
  try {
    const page = await doc.getPage(pageNumber);
    const size = page.getViewport({ scale: 1 });
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: (cssWidth / size.width) * ratio });
    // Drawn off screen first, so the thumbnail on screen changes in one step rather than going blank.
    const scratch = document.createElement('canvas');
    scratch.width = Math.round(viewport.width);
    scratch.height = Math.round(viewport.height);
    const context = scratch.getContext('2d');
    if (!context) throw new Error('No 2D canvas to draw the preview on.');
    await page.render({ canvasContext: context, viewport }).promise;
    canvas.width = scratch.width;
    canvas.height = scratch.height;
    canvas.getContext('2d')?.drawImage(scratch, 0, 0);
    return { width: size.width, height: size.height };
  } finally {
    void doc.destroy();
  }
}

/** The bytes of a base64 string (the preview's PDF crosses IPC as text). */
export function base64Bytes(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
