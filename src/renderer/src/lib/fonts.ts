import type { FigureModel } from '../../../shared/briefing/figures';

/** Every character a chart may draw: labels, series names, unit, events, numbers, and the signs its kind adds. */
export function chartText(model: FigureModel): string {
  // Numbers are drawn by formatNumber; a doughnut's legend adds " — 12.5%", a timeline " · " and "…" for a cut label.
  const signs = model.kind === 'share' ? ' —%' : model.kind === 'timeline' ? ' ·…' : ' ';
  return [
    model.labels.join(''),
    model.series.map((s) => s.name).join(''),
    model.unit,
    model.events.map((e) => `${e.date}${e.label}`).join(''),
    '0123456789.,-:',
    signs
  ].join('');
}

/**
 * Resolves when the bundled typeface has the glyphs for this text. Canvas text does not wait for web
 * fonts, and the font is split by Unicode range, so each chart asks for exactly the pieces it draws.
 */
export function fontsReadyFor(text: string): Promise<void> {
  return document.fonts.load('400 12px Pretendard', text).then(
    () => undefined,
    () => undefined
  );
}

/** Starts loading the Latin pieces of the three weights at once, while the briefing is still on its way. */
export function preloadLatin(): void {
  const latin = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (const weight of [400, 600, 700]) void document.fonts.load(`${weight} 15px Pretendard`, latin).catch(() => undefined);
}

/** The weights the stylesheets use. */
const WEIGHTS = [400, 600, 700] as const;

/** Loads, in every weight the page uses, the pieces of the typeface this text needs. */
export function loadGlyphsFor(text: string): Promise<void> {
  const chars = [...new Set(text)].join('');
  return Promise.all(WEIGHTS.map((w) => document.fonts.load(`${w} 15px Pretendard`, chars))).then(
    () => undefined,
    () => undefined
  );
}
