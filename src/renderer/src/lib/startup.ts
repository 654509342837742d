import type { LoadedSettings, OpenBriefing, Result } from '../../../shared/ipc';
import { preloadLatin } from './fonts';

export interface StartupData {
  settings: Promise<Result<LoadedSettings>>;
  briefing: Promise<Result<OpenBriefing>>;
}

// main.ts imports this module first, so the two requests (and the Latin font pieces) leave while the rest of the
// bundle (Svelte, chart.js, the app) is still being evaluated, instead of after the app has mounted.
performance.mark('briefing-requested');
preloadLatin();
let first: StartupData | null = { settings: window.briefing.getSettings(), briefing: window.briefing.getBriefing() };

/** The settings and briefing requested at start-up; a later call (none is expected) asks again. */
export function startupData(): StartupData {
  const data = first ?? { settings: window.briefing.getSettings(), briefing: window.briefing.getBriefing() };
  first = null;
  return data;
}
