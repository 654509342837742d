import { stat } from 'node:fs/promises';
import { formatProblems } from '../../shared/briefing/validate';
import type { ExportRequest, Services } from '../../shared/ipc';
import { buildPdf } from '../pdf';
import { describeWriteError, writeFileAtomic } from './atomic-write';
import type { BriefingStore } from './dataset';

/** The OS dialogs main needs; Electron's in the app, a temporary folder in tests. */
export interface Dialogs {
  chooseDatasetToOpen(): Promise<string | null>;
  chooseSavePath(defaultName: string, filter: { name: string; extensions: string[] }): Promise<string | null>;
}

export interface ServiceDeps {
  store: BriefingStore;
  dialogs: Dialogs;
  fontDir: string;
  /** Told after a new briefing is opened (e.g. to retitle the window and update the recent list). */
  onOpened?: (path: string) => void;
}

/** A file name for an export, e.g. "korea-ai-industry-briefing-a4.pdf". */
export function defaultExportName(datasetId: string, req: ExportRequest): string {
  return `${datasetId}-${req.kind}-${req.paper}.pdf`;
}

/** The services behind every IPC channel, free of Electron so they run in plain Node. */
export function createServices(deps: ServiceDeps): Services {
  const { store, dialogs } = deps;
  return {
    async getBriefing() {
      return { ok: true, value: store.current };
    },

    async openBriefing() {
      const path = await dialogs.chooseDatasetToOpen();
      if (!path) return { ok: false, error: 'No file chosen.', cancelled: true };
      const result = await store.open(path);
      if (!result.ok) {
        return {
          ok: false,
          error: `${path} is not a valid briefing (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}); the current briefing stays open.\n${formatProblems(result.problems)}`,
          problems: result.problems
        };
      }
      deps.onOpened?.(path);
      return result;
    },

    async exportPdf(req) {
      const { briefing } = store.current;
      const target = await dialogs.chooseSavePath(defaultExportName(briefing.id, req), { name: 'PDF', extensions: ['pdf'] });
      if (!target) return { ok: false, error: 'Export cancelled.', cancelled: true };
      let pdf: Buffer;
      try {
        pdf = await buildPdf(briefing, req, { fontDir: deps.fontDir });
      } catch (err) {
        return { ok: false, error: `Could not make the PDF: ${err instanceof Error ? err.message : String(err)}` };
      }
      try {
        const info = await stat(target).catch(() => undefined);
        if (info?.isDirectory()) return { ok: false, error: `Cannot write ${target}: it is a folder.` };
        await writeFileAtomic(target, pdf);
      } catch (err) {
        return { ok: false, error: describeWriteError(err, target) };
      }
      return { ok: true, value: { path: target, bytes: pdf.length } };
    }
  };
}
