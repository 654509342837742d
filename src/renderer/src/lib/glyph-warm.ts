import type { FigureModel } from '../../../shared/briefing/figures';
import type { Briefing } from '../../../shared/briefing/schema';
import { chartText, fontsReadyFor, loadGlyphsFor } from './fonts';

/**
 * Loading the typeface's pieces ahead of need. Canvas text does not wait for web fonts and the font is split by
 * Unicode range, so a tab's charts ask for their pieces before the tab is built; and once the first section is on
 * screen, the rest of the briefing's pieces load, so another tab is laid out once, in its typeface, instead of again
 * as each piece arrives.
 */
export function glyphWarmer(figuresOf: (sectionId: string) => FigureModel[], briefing: () => Briefing | null) {
  let warmedFor: Briefing | null = null;
  return {
    willBuild(sectionId: string): void {
      for (const f of figuresOf(sectionId)) void fontsReadyFor(chartText(f));
    },
    shown(): void {
      const b = briefing();
      if (!b || warmedFor === b) return;
      warmedFor = b;
      // Serialising the briefing takes ~10 ms: in an idle callback, not in the task that draws the first section.
      requestIdleCallback(() => void loadGlyphsFor(JSON.stringify(b)), { timeout: 500 });
    }
  };
}
