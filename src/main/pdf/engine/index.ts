import { fallbackReporter, type Fallback } from './fallback';
import { forEachWord, fontPath, registerFonts, registerStockFonts, shaperFor } from './fonts';
import { tuneContent } from './content-tuning';
import { packObjects } from './object-streams';
import { fastTextWriter } from './text-writer';
import { paragraphTapes, type ParagraphTapes } from './paragraph-tape';
import { installedPdfkitVersion, PDFKIT_WRITTEN_FOR } from './version';

/*
 * The PDF engine: everything that makes pdfkit faster or its files smaller by reaching into its internals,
 * behind one `install(doc)`. Layout never imports from here; it draws with pdfkit's public API and gets the
 * same pages either way.
 *
 * - fonts.ts: each font parsed once per process, each word shaped once per process, encoded once per document;
 *   paragraph heights remembered per font.
 * - text-writer.ts: lines of text written from the words already encoded.
 * - content-tuning.ts: content operators gathered as strings, fill colours not repeated.
 * - object-streams.ts: the finished file's small objects packed into compressed object streams.
 * - paragraph-tape.ts: a paragraph drawn before in this process is played from a recording of its lines.
 *
 * The patches are written for one pdfkit release (version.ts). On any other, or with BRIEFING_STOCK_PDFKIT=1,
 * the document is stock pdfkit: the app says so once on stderr, and the tests fail instead (strict).
 */

/** 'patched': every patch this pdfkit allows; 'stock': pdfkit as it comes. */
export type EngineMode = 'patched' | 'stock';

/** How the engine decides; each defaults to what the process says (see `processSettings`). */
export interface EngineSettings {
  /** Stock pdfkit whatever its version (BRIEFING_STOCK_PDFKIT=1). */
  stock: boolean;
  /** The installed pdfkit's version; undefined when it cannot be read. */
  pdfkitVersion: string | undefined;
  /** Throw instead of falling back to stock pdfkit: true under vitest, so a changed pdfkit fails the tests. */
  strict: boolean;
  /** Where a fallback is reported, once per message per process. */
  warn: (message: string) => void;
}

/** A document's engine, once installed. */
export interface Engine {
  readonly mode: EngineMode;
  /** The finished file as it is saved: with object streams on the patched engine. */
  finish(pdf: Buffer): Buffer;
  /** Paragraphs drawn from their recordings, for the layout's Flow; null on stock pdfkit. */
  readonly paragraphs: ParagraphTapes | null;
}

/** The settings this process runs with. */
export function processSettings(): EngineSettings {
  return {
    stock: process.env.BRIEFING_STOCK_PDFKIT === '1',
    pdfkitVersion: (pdfkitVersion ??= { value: installedPdfkitVersion() }).value,
    strict: Boolean(process.env.VITEST),
    warn: (message) => console.warn(message)
  };
}

/** Patched or stock, for these settings; on a pdfkit it was not written for, stock (or a throw when strict). */
export function engineMode(settings: EngineSettings, fallback: Fallback = fallbackReporter(settings.strict, settings.warn)): EngineMode {
  if (settings.stock) return 'stock';
  if (settings.pdfkitVersion === PDFKIT_WRITTEN_FOR) return 'patched';
  fallback(
    `pdfkit ${settings.pdfkitVersion ?? 'of unknown version'} is installed, the engine was written for ${PDFKIT_WRITTEN_FOR}`,
    'using stock pdfkit'
  );
  return 'stock';
}

let processMode: EngineMode | undefined;
let pdfkitVersion: { value: string | undefined } | undefined;

/** The mode of this process, decided once. */
function currentMode(): EngineMode {
  processMode ??= engineMode(processSettings());
  return processMode;
}

/**
 * Registers the briefing's typefaces (from fontDir) on a new document and puts every patch in place;
 * call before the document's first page. `settings` replace the process's (for tests).
 */
export function install(doc: PDFKit.PDFDocument, fontDir: string, settings?: Partial<EngineSettings>): Engine {
  const resolved = { ...processSettings(), ...settings };
  const fallback = fallbackReporter(resolved.strict, resolved.warn);
  const mode = settings ? engineMode(resolved, fallback) : currentMode();
  if (mode === 'stock') {
    registerStockFonts(doc, fontDir);
    return { mode, finish: (pdf) => pdf, paragraphs: null };
  }
  registerFonts(doc, fontDir, fallback);
  fastTextWriter(doc, fallback);
  tuneContent(doc, fallback);
  return { mode, finish: packObjects, paragraphs: paragraphTapes(doc, fallback) };
}

/** Shapes words ahead in the typeface the engine will use, for the start-up warm-up. */
export interface WordShaper {
  shape(word: string): void;
  /** Words shaped so far in this process. */
  readonly size: number;
}

/**
 * The word shaper of one of the briefing's typefaces (FONTS), parsing the font on first use; null on stock pdfkit,
 * which shapes anew in every document. Throws if the font file is missing, either way.
 */
export function wordShaper(fontDir: string, name: string): WordShaper | null {
  const path = fontPath(fontDir, name);
  return currentMode() === 'stock' ? null : shaperFor(path);
}

export { forEachWord };
