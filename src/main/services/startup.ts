import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems } from '../../shared/briefing/validate';
import type { OpenBriefing } from '../../shared/ipc';
import { BriefingStore, parseBriefingText } from './dataset';

/** The value of `--dataset <file>` (or `--dataset=<file>`) in a command line, if any. */
export function datasetArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dataset') return argv[i + 1];
    if (a.startsWith('--dataset=')) return a.slice('--dataset='.length);
  }
  return undefined;
}

/** Loads the embedded default briefing; it ships with the app, so a problem here is a build error. */
export function loadDefaultBriefing(resourcesDir: string): OpenBriefing {
  const result = parseBriefingText(readFileSync(join(resourcesDir, 'briefing.json'), 'utf8'));
  if (!result.ok) throw new Error(`The embedded briefing is invalid:\n${formatProblems(result.problems)}`);
  return { briefing: result.briefing, origin: { kind: 'default', name: 'Default briefing' } };
}

/** Chooses the first briefing: `--dataset` when it is valid, else the embedded default with a notice. */
export async function createStartupStore(resourcesDir: string, datasetPath?: string): Promise<BriefingStore> {
  const store = new BriefingStore(loadDefaultBriefing(resourcesDir));
  if (!datasetPath) return store;
  const opened = await store.open(datasetPath);
  if (!opened.ok) {
    store.setNotice(`Could not open ${datasetPath}; showing the default briefing instead.\n${formatProblems(opened.problems)}`);
  }
  return store;
}
