// The one composition root: the app (main/index.ts), the headless CLI (cli.ts) and the e2e harness build their
// store, settings and services here, so the tests run the wiring the app runs. Nothing here imports Electron.
import { dirname, join } from 'node:path';
import { formatProblems, type Problem } from '../shared/briefing/validate';
import type { OpenBriefing, Services } from '../shared/ipc';
import { findUndrawable, openNotice } from './pdf';
import type { BriefingStore } from './services/dataset';
import type { Lang } from '../shared/i18n/lang';
import { createServices, type Desktop, type Dialogs, type PdfPrinter } from './services/services';
import { NotesStore } from './services/notes-store';
import { SettingsStore } from './services/settings-store';
import { createStartupStore } from './services/startup';

export interface AppCoreOptions {
  /** Holds briefing.json (the embedded default) and fonts/. */
  resourcesDir: string;
  /** Where settings are kept; absent (the CLI), nothing is remembered. */
  settingsPath?: string;
  /** Where the reader's notes are kept: by default a "notes" folder beside the settings; without either, none are. */
  notesDir?: string;
  dialogs: Dialogs;
  desktop?: Desktop;
  /** Sends a pack's PDF to the print dialog; absent (the CLI), Print is not offered. */
  printer?: PdfPrinter;
  /** The system's preferred language among the app's; the interface's until the reader picks one (default English). */
  systemLang?: Lang;
  /** A dataset asked for at start (`--dataset`, a file the OS opened); else the last one opened, else the default. */
  datasetPath?: string;
  /** Told after a briefing is opened, whichever way (retitle the window, rebuild the menu, warm up the export). */
  onOpened?: (path: string) => void;
}

/** What opening a file came to: the new briefing, or its problems and the message the page shows for them. */
export type OpenOutcome = { ok: true; value: OpenBriefing } | { ok: false; error: string; problems: Problem[] };

export interface AppCore {
  store: BriefingStore;
  settings?: SettingsStore;
  notes?: NotesStore;
  services: Services;
  fontDir: string;
  /**
   * The one way a dataset is opened (the Open dialog, Open Recent, a second launch, a file the OS opened): it is
   * read and validated, and only a valid one replaces the open briefing and goes to the top of the recent list.
   */
  openDataset(path: string): Promise<OpenOutcome>;
  /**
   * Opens a file the page did not ask for (menu, second instance, OS): a bad one leaves the current briefing open
   * with a notice listing its problems, which the page shows when it fetches the briefing again.
   */
  openFromOutside(path: string): Promise<OpenOutcome>;
}

export async function createAppCore(options: AppCoreOptions): Promise<AppCore> {
  const { resourcesDir, dialogs, desktop, printer, systemLang } = options;
  let settings: SettingsStore | undefined;
  if (options.settingsPath) {
    settings = new SettingsStore(options.settingsPath);
    await settings.load();
  }
  const notesDir = options.notesDir ?? (options.settingsPath ? join(dirname(options.settingsPath), 'notes') : undefined);
  const notes = notesDir ? new NotesStore(notesDir) : undefined;
  const store = await createStartupStore(resourcesDir, options.datasetPath ?? settings?.current.lastDataset);
  const fontDir = join(resourcesDir, 'fonts');
  // Whatever way a dataset opens, the page is told which characters a PDF of it could not print.
  const checkFonts = (): void => store.setUndrawable(openNotice(findUndrawable(store.current.briefing, fontDir)));
  checkFonts();

  async function openDataset(path: string): Promise<OpenOutcome> {
    const result = await store.open(path);
    if (!result.ok) {
      const n = result.problems.length;
      return {
        ok: false,
        error: `${path} is not a valid briefing (${n} problem${n === 1 ? '' : 's'}); the current briefing stays open.\n${formatProblems(result.problems)}`,
        problems: result.problems
      };
    }
    await settings
      ?.update({ lastDataset: path, recent: [path, ...settings.current.recent.filter((p) => p !== path)].slice(0, 10) })
      .catch(() => undefined);
    checkFonts();
    options.onOpened?.(path);
    return { ok: true, value: store.current };
  }

  async function openFromOutside(path: string): Promise<OpenOutcome> {
    const outcome = await openDataset(path);
    if (!outcome.ok) store.setNotice(outcome.error);
    return outcome;
  }

  const services = createServices({ store, settings, notes, dialogs, desktop, printer, fontDir, openDataset, systemLang });
  return { store, settings, notes, services, fontDir, openDataset, openFromOutside };
}
