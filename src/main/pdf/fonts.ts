import { create, type Font, type GlyphRun } from 'fontkit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FONTS, type TextStyle } from './theme';

/** What pdfkit needs of a laid-out run; pdfkit scales the positions in place, so each caller gets its own copy. */
interface Run {
  glyphs: GlyphRun['glyphs'];
  positions: GlyphRun['positions'];
  readonly advanceWidth: number;
}

const MAX_CACHED_RUNS = 50_000;

// Contextual alternates and ligatures cost most of the shaping time (fontkit's chaining-context lookups)
// and change nothing a reader of this briefing would miss; kerning and marks stay on.
const FEATURES = { calt: false, liga: false, clig: false, rclt: false, dlig: false } as unknown as string[];

/**
 * Wraps a fontkit font so that shaping a word is done once per process, not once per document:
 * OpenType shaping of this Korean + Latin face is most of an export's time (see the benchmark notes).
 */
function withSharedLayoutCache(font: Font): Font {
  const runs = new Map<string, { glyphs: GlyphRun['glyphs']; positions: GlyphRun['positions'] }>();
  const layout = (text: string, features?: unknown): Run | GlyphRun => {
    if (features !== undefined) return font.layout(text, features as string[]);
    let cached = runs.get(text);
    if (!cached) {
      const run = font.layout(text, FEATURES);
      cached = { glyphs: run.glyphs, positions: run.positions.map((p) => ({ ...p })) };
      if (runs.size >= MAX_CACHED_RUNS) runs.clear();
      runs.set(text, cached);
    }
    const positions = cached.positions.map((p) => ({ ...p }));
    let width: number | undefined;
    return {
      glyphs: cached.glyphs,
      positions,
      // Read only after pdfkit has scaled the positions, and then many times: sum once.
      get advanceWidth() {
        return (width ??= positions.reduce((sum, p) => sum + p.xAdvance, 0));
      }
    };
  };
  return new Proxy(font, {
    get(target, prop, receiver) {
      return prop === 'layout' ? layout : Reflect.get(target, prop, receiver);
    }
  });
}

// Parsing a 2.7 MB TTF and shaping its words on every export is wasteful; keep both per path, per process.
const cache = new Map<string, Font>();

function loadFont(path: string): Font {
  let font = cache.get(path);
  if (!font) {
    if (!existsSync(path)) throw new Error(`PDF font not found: ${path}`);
    const parsed = create(readFileSync(path));
    if (!('layout' in parsed)) throw new Error(`Not a single font: ${path}`);
    font = withSharedLayoutCache(parsed as Font);
    cache.set(path, font);
  }
  return font;
}

/** pdfkit's per-font cache of scaled word layouts; it depends only on the font and the text, so documents can share it. */
type LayoutCache = Record<string, unknown>;
const scaledRuns = new Map<string, LayoutCache>();

/** Registers the Pretendard TTFs from fontDir; pdfkit embeds only the glyphs used (a subset). */
export function registerFonts(doc: PDFKit.PDFDocument, fontDir: string): void {
  for (const name of Object.values(FONTS)) {
    const path = join(fontDir, `${name}.ttf`);
    // pdfkit accepts a fontkit font object (anything with a layout method) as well as bytes.
    doc.registerFont(name, loadFont(path) as unknown as Buffer);
    // pdfkit keeps its layout cache per document (EmbeddedFont.layoutCache, an internal field); hand every
    // document the same one, so a warm export does not lay out its words again.
    doc.font(name);
    const embedded = (doc as unknown as { _font?: { layoutCache?: LayoutCache } })._font;
    if (embedded?.layoutCache) {
      let shared = scaledRuns.get(path);
      // Bounded: a long session of many different briefings starts afresh rather than growing for ever.
      if (!shared || Object.keys(shared).length > MAX_CACHED_RUNS) scaledRuns.set(path, (shared = embedded.layoutCache));
      embedded.layoutCache = shared;
    }
  }
}

/** Sets font, size and colour of a style; returns the doc for chaining. */
export function useStyle(doc: PDFKit.PDFDocument, style: TextStyle, color?: string): PDFKit.PDFDocument {
  return doc
    .font(FONTS[style.font])
    .fontSize(style.size)
    .fillColor(color ?? style.color);
}
