import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatProblems } from '../../shared/briefing/validate';
import type { OpenBriefing } from '../../shared/ipc';
import { BriefingStore, parseBriefingText } from './dataset';

/**
 * The app's own extension for briefing datasets (JSON inside), which installers associate with the app; the Open
 * dialog accepts it and plain `.json`. electron-builder.yml's fileAssociations names the same one (a test checks).
 */
export const DATASET_EXTENSION = 'kbriefing';
export const DATASET_EXTENSIONS = [DATASET_EXTENSION, 'json'] as const;

/**
 * The dataset a command line asks for, as an absolute path: `--dataset <file>`, else a file with a dataset
 * extension (how Windows and Linux hand the app a file the user opened). `cwd` is that command line's own working
 * directory: a second instance's paths are relative to where it was started, not to the running app.
 */
export function datasetRequest(argv: readonly string[], cwd: string): string | undefined {
  const named = datasetArg(argv);
  if (named) return resolve(cwd, named);
  const pattern = new RegExp(`\\.(${DATASET_EXTENSIONS.join('|')})$`, 'i');
  // Skips switches (Chromium adds some of its own) and the first item, which is the executable.
  const file = argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && pattern.test(a))
    .at(-1);
  return file ? resolve(cwd, file) : undefined;
}

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
