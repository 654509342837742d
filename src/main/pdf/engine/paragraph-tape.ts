import type { Fallback } from './fallback';

/*
 * A paragraph is wrapped into lines by pdfkit's line wrapper: it finds the break opportunities (UAX #14), measures
 * every word and decides each line, then hands each line to `_fragment`. For the same text, style, width and place
 * on the page, the lines come out the same every time — and a session exports the same paragraphs again and again
 * (the briefing, the handout, a selection, the preview). So the first time a paragraph is drawn, the calls that reach
 * the page are recorded on a tape: font, size and colour changes, and each line's `_fragment` with its position
 * relative to the paragraph's top. The next time, the tape is played instead of wrapping again: the same calls, in
 * the same order, so the same bytes (a test compares whole files).
 *
 * A paragraph that made pdfkit add a page is never recorded, and a tape is played only where the paragraph still
 * ends above the page's bottom margin, so a page break is always pdfkit's own. pdfkit 0.20 internals: `_fragment`
 * and `page.maxY()`; without them, paragraphs are wrapped every time.
 */

/** The methods whose calls a tape records (see `record`). */
const RECORDED = ['font', 'fontSize', 'fillColor', '_fragment'] as const;
type Recorded = (typeof RECORDED)[number];

interface Call {
  method: Recorded;
  args: unknown[];
}

interface Tape {
  calls: Call[];
  /** Where the cursor ends, relative to the paragraph's top; and its x. */
  dy: number;
  x: number;
}

interface TapeDoc {
  x: number;
  y: number;
  page: { maxY(): number };
  _fragment(text: string, x: number, y: number, options: object): void;
}

/** Paragraphs drawn from their tapes, and how many; the layout's `ParagraphCache`. */
export interface ParagraphTapes {
  draw(key: string, draw: () => void): void;
}

/** Bounded, so a long session starts afresh rather than grow. */
const MAX_TAPES = 20_000;
const tapes = new Map<string, Tape>();
let played = 0;

/** Paragraphs played from a tape in this process (for tests and the bench). */
export function paragraphsPlayed(): number {
  return played;
}

/** Forgets every tape (tests compare a recorded export with a played one). */
export function clearParagraphTapes(): void {
  tapes.clear();
}

/** Draws the paragraph and records its calls; null when it added a page (its lines then depend on where it started). */
function record(doc: TapeDoc, draw: () => void): Tape | null {
  const target = doc as unknown as Record<Recorded, (...args: unknown[]) => unknown>;
  const calls: Call[] = [];
  const originals = RECORDED.map((m) => [m, target[m]] as const);
  const top = doc.y;
  const page = doc.page;
  // Only the paragraph's own calls: one made from inside another (pdfkit's fallback writer may set colours) replays itself.
  let depth = 0;
  for (const [method, original] of originals) {
    target[method] = function (this: unknown, ...args: unknown[]) {
      if (depth === 0) {
        const copy = method === '_fragment' ? [args[0], args[1], (args[2] as number) - top, { ...(args[3] as object) }] : [...args];
        calls.push({ method, args: copy });
      }
      depth++;
      try {
        return original.apply(doc, args);
      } finally {
        depth--;
      }
    };
  }
  try {
    draw();
  } finally {
    for (const [method, original] of originals) target[method] = original;
  }
  return doc.page === page ? { calls, dy: doc.y - top, x: doc.x } : null;
}

function play(doc: TapeDoc, tape: Tape): void {
  const top = doc.y;
  const target = doc as unknown as Record<Recorded, (...args: unknown[]) => unknown>;
  for (const { method, args } of tape.calls) {
    if (method === '_fragment') doc._fragment(args[0] as string, args[1] as number, top + (args[2] as number), { ...(args[3] as object) });
    else target[method](...args);
  }
  doc.x = tape.x;
  doc.y = top + tape.dy;
}

/** The paragraph tapes of one document; paragraphs are wrapped every time if pdfkit lacks what they need. */
export function paragraphTapes(pdf: PDFKit.PDFDocument, fallback: Fallback): ParagraphTapes | null {
  const doc = pdf as unknown as TapeDoc;
  if (typeof doc._fragment !== 'function' || typeof (pdf as unknown as { font?: unknown }).font !== 'function') {
    fallback('no _fragment', 'wrapping every paragraph anew');
    return null;
  }
  return {
    draw(key, draw) {
      const tape = tapes.get(key);
      // Played only where it ends above the bottom margin, as it did when recorded.
      if (tape && typeof doc.page?.maxY === 'function' && doc.y + tape.dy <= doc.page.maxY()) {
        played++;
        return play(doc, tape);
      }
      const recorded = record(doc, draw);
      if (!recorded) return;
      if (tapes.size >= MAX_TAPES) tapes.clear();
      tapes.set(key, recorded);
    }
  };
}
