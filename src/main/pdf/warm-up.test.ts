// The export warm-up must do ahead the work a first export would do, without holding the main process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Briefing } from '../../shared/briefing/schema';
import { wordShaper } from './engine';
import { shaperFor } from './engine/fonts';
import { buildPdf } from './index';
import { FONTS } from './theme';
import { exportWarmer, warmUpExport } from './warm-up';

const root = join(__dirname, '..', '..', '..');
const fontDir = join(root, 'resources', 'fonts');
const briefing = JSON.parse(readFileSync(join(root, 'resources', 'briefing.json'), 'utf8')) as Briefing;

/** Words shaped so far in this process (this test file has its own modules, so its own caches). */
const shapedWords = (): number => Object.values(FONTS).reduce((sum, name) => sum + shaperFor(join(fontDir, `${name}.ttf`)).size, 0);

/** The patched engine shapes words once per process; stock pdfkit shapes them in every document. */
const patched = wordShaper(fontDir, FONTS.regular) !== null;

describe('warmUpExport', () => {
  it('does nothing once aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await warmUpExport(briefing, fontDir, { signal: controller.signal })).toBe(0);
    expect(shapedWords()).toBe(0);
  });

  it('lets the event loop run while it works, and shapes ahead most words an export of the briefing then needs', async () => {
    if (!patched) {
      // Stock pdfkit (BRIEFING_STOCK_PDFKIT=1) keeps no shaped words, so nothing is done ahead, not even the short export.
      const started = performance.now();
      expect(await warmUpExport(briefing, fontDir, { sliceMs: 8 })).toBe(0);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(shapedWords()).toBe(0);
      return;
    }
    let turns = 0;
    const ticker = setInterval(() => turns++, 1);
    const started = performance.now();
    const shaped = await warmUpExport(briefing, fontDir, { sliceMs: 8 });
    const elapsed = performance.now() - started;
    clearInterval(ticker);
    // Sliced: timers fired throughout, not once after one long block (which gives one or two turns). A loaded
    // 2-core machine stretches every turn, so the bound is one turn per 250 ms, far above one long block.
    expect(turns).toBeGreaterThan(elapsed / 250);
    expect(shaped).toBeGreaterThan(5000);
    const before = shapedWords();
    expect(before).toBeGreaterThanOrEqual(shaped);

    await buildPdf(briefing, { kind: 'briefing', paper: 'a4' }, { fontDir });
    const missed = shapedWords() - before;
    // Without the warm-up every word would be new here; with it, only pieces the layout makes (numbering, citations).
    expect(missed / shapedWords()).toBeLessThan(0.1);
  });
});

describe('exportWarmer', () => {
  it('warms up for the briefing open when it fires, after the delay, and only the last of several restarts', async () => {
    vi.useFakeTimers();
    try {
      const current = vi.fn(() => briefing);
      const warmer = exportWarmer(current, join(root, 'no-such-fonts'), 1000);
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      warmer.restart();
      vi.advanceTimersByTime(500);
      warmer.restart();
      vi.advanceTimersByTime(999);
      expect(current).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(current).toHaveBeenCalledTimes(1);
      // A missing font folder is reported as a warning, not thrown into the main process.
      await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('Export warm-up failed:', expect.any(Error)));
      warmer.stop();
      warmer.restart();
      warmer.stop();
      vi.advanceTimersByTime(5000);
      expect(current).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
    }
  });
});
