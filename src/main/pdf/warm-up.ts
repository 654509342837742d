import type { Briefing } from '../../shared/briefing/schema';
import { forEachWord, wordShaper } from './engine';
import { buildPdf } from './index';
import { FONTS } from './theme';

/*
 * Most of a first export's time in a session is not drawing: it is parsing the three font files and
 * shaping each word of the briefing for the first time (about 1 s of the 1.7 s a cold export takes here;
 * later exports reuse both), and then running the layout and PDF code while it is not yet compiled. The app
 * does that work ahead once the window is up: the shaping in small slices, then one short export of a
 * section or two that is thrown away, so the first export the reader asks for takes about as long as the
 * later ones.
 */

/** Every string in the briefing, in order: titles, text, labels, notes, source titles. */
function textsOf(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) textsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) textsOf(v, out);
  return out;
}

/**
 * The pieces of a word the export's layout may shape: the word with and without a space after it (the last
 * word of a paragraph, or one followed by a citation), and the parts a line may break it into after a hyphen.
 */
function variantsOf(word: string): string[] {
  const bare = word.trimEnd();
  const variants = [word, bare === word ? `${word} ` : bare];
  const parts = bare.split(/(?<=-)(?=.)/);
  if (parts.length > 1) variants.push(...parts.slice(0, -1), parts[parts.length - 1], `${parts[parts.length - 1]} `);
  return variants;
}

/** Waits for the event loop to turn, so IPC and window events queued meanwhile are handled first. */
const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Shapes the briefing's words in the export's typefaces, `sliceMs` at a time between turns of the event
 * loop; stops early when `signal` is aborted (another briefing was opened). Resolves with the number of
 * words shaped in all typefaces together.
 */
export async function warmUpExport(
  briefing: Briefing,
  fontDir: string,
  options: { sliceMs?: number; signal?: AbortSignal } = {}
): Promise<number> {
  if (options.signal?.aborted) return 0;
  const sliceMs = options.sliceMs ?? 8;
  const texts = textsOf(briefing, []);
  let shaped = 0;
  let sliceStart = performance.now();
  const pause = async (): Promise<void> => {
    if (performance.now() - sliceStart < sliceMs) return;
    await yieldToEvents();
    sliceStart = performance.now();
  };
  // Parsing a font is one piece of work of its own (tens of milliseconds); each gets a turn. Stock pdfkit
  // (see engine/) keeps no shaped words, and its short export would hold the main process for a second or
  // more: there is nothing worth doing ahead.
  const shapers = [];
  for (const name of Object.values(FONTS)) {
    await yieldToEvents();
    const shaper = wordShaper(fontDir, name);
    if (!shaper) return 0;
    shapers.push(shaper);
  }
  for (const text of texts) {
    for (const shaper of shapers) {
      if (options.signal?.aborted) return shaped;
      const before = shaper.size;
      forEachWord(text, (word) => {
        for (const variant of variantsOf(word)) shaper.shape(variant);
      });
      shaped += shaper.size - before;
      await pause();
    }
  }
  // A short export (one block of ~100 ms, the only one) compiles the layout and PDF code and its charts.
  const withFigures = briefing.sections.filter((s) => s.figures.length > 0);
  const sample = (withFigures.length ? withFigures : briefing.sections).slice(0, 2).map((s) => s.id);
  await yieldToEvents();
  if (!options.signal?.aborted) await buildPdf(briefing, { kind: 'briefing', paper: 'a4', sections: sample }, { fontDir });
  return shaped;
}

/**
 * Warms up for the briefing open at the time, `delayMs` after each `restart()` (the window is shown, another
 * briefing was opened), so the work does not compete with the window's own start; a run still going is
 * abandoned. Errors are only logged: the export itself reports its own.
 */
export function exportWarmer(current: () => Briefing, fontDir: string, delayMs = 2000): { restart(): void; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let run: AbortController | undefined;
  const stop = (): void => {
    clearTimeout(timer);
    run?.abort();
  };
  return {
    restart() {
      stop();
      const controller = new AbortController();
      run = controller;
      timer = setTimeout(() => {
        warmUpExport(current(), fontDir, { signal: controller.signal }).catch((e: unknown) => console.warn('Export warm-up failed:', e));
      }, delayMs);
    },
    stop
  };
}
