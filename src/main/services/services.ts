import { strToU8, zipSync } from 'fflate';
import { figureFileBase, figurePackageFiles } from '../../shared/briefing/figure-package';
import { allFigureModels } from '../../shared/briefing/figures';
import type { Problem } from '../../shared/briefing/validate';
import type { Lang } from '../../shared/i18n/lang';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import type { ExportRequest, OpenBriefing, Result, Services } from '../../shared/ipc';
import { buildPdfReport, exportWarnings, findUndrawable, undrawableInExport, type PdfReport } from '../pdf';
import type { BriefingStore } from './dataset';
import { createNotesServices } from './notes-services';
import type { NotesStore } from './notes-store';
import { saveThroughDialog } from './save-through-dialog';
import type { SettingsStore } from './settings-store';

/** The OS dialogs main needs; Electron's in the app, a temporary folder in tests. */
export interface Dialogs {
  chooseDatasetToOpen(): Promise<string | null>;
  chooseSavePath(defaultName: string, filter: { name: string; extensions: string[] }): Promise<string | null>;
  /** Any other file to read (notes to import); absent where nothing is imported (the CLI). */
  chooseFileToOpen?(title: string, filter: { name: string; extensions: string[] }): Promise<string | null>;
}

/** The desktop's file actions; Electron's shell in the app, a recorder in tests. */
export interface Desktop {
  showInFolder(path: string): void;
  openPath(path: string): Promise<string>;
  openExternal(url: string): Promise<void>;
  copyText(text: string): void;
}

/** One print: the file name the print queue shows, the pack's title and its paper. */
export interface PrintJob {
  fileName: string;
  title: string;
  paper: ExportRequest['paper'];
}

/** Sends a built PDF to the system print dialog (main/print.ts in the app; a recorder in tests). */
export interface PdfPrinter {
  print(pdf: Buffer, job: PrintJob): Promise<Result<null>>;
}

export interface ServiceDeps {
  store: BriefingStore;
  dialogs: Dialogs;
  desktop?: Desktop;
  /** Absent in the headless CLI, which keeps no settings. */
  settings?: SettingsStore;
  fontDir: string;
  /** The reader's notes; absent in the headless CLI, which reads notes only from a file it is given. */
  notes?: NotesStore;
  /** Absent where nothing can be printed (the CLI). */
  printer?: PdfPrinter;
  /** The system's preferred language among the app's (Electron's preferred system languages); English if absent. */
  systemLang?: Lang;
  /** Opens and validates a dataset file: app-core's openDataset, the one open path of the app. */
  openDataset?: (path: string) => Promise<{ ok: true; value: OpenBriefing } | { ok: false; error: string; problems: Problem[] }>;
}

/** A file name for an export, e.g. "korea-ai-industry-briefing-a4.pdf". */
export function defaultExportName(datasetId: string, req: ExportRequest): string {
  if (req.kind === 'company' && req.company) return `${datasetId}-${req.company}-profile-${req.paper}.pdf`;
  return `${datasetId}-${req.kind}-${req.paper}.pdf`;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The services behind every IPC channel, free of Electron so they run in plain Node. */
export function createServices(deps: ServiceDeps): Services {
  const { store, dialogs } = deps;
  // Only files this session wrote may be shown or opened, so a page cannot open arbitrary paths.
  const exported = new Set<string>();

  /**
   * A pack that asks for the reader's notes without carrying them gets the saved ones (the page saves what is typed
   * before it exports), for the sections the briefing has.
   */
  async function withSavedNotes(req: ExportRequest): Promise<ExportRequest> {
    if (!req.includeNotes || req.notes || !deps.notes) return req;
    const { briefing, origin } = store.current;
    const saved = (await deps.notes.for(briefing.id, origin.path)).current.sections;
    const known = new Set(briefing.sections.map((s) => s.id));
    return { ...req, notes: Object.fromEntries(Object.entries(saved).filter(([id]) => known.has(id))) };
  }

  /** The pack's PDF, as Export and Print both make it. */
  async function buildPack(req: ExportRequest): Promise<Result<PdfReport>> {
    try {
      const request = await withSavedNotes(req);
      // buildPdfReport checks the request against the briefing (unknown sections, figures, key figures, notes).
      const { briefing } = store.current;
      const report = await buildPdfReport(briefing, request, { fontDir: deps.fontDir });
      // A PDF never prints a box silently: the characters its typeface lacks are named, with where they are.
      const boxes = undrawableInExport(
        findUndrawable(briefing, deps.fontDir),
        briefing.sections.map((s) => s.id),
        request
      );
      return { ok: true, value: { ...report, warnings: [...report.warnings, ...exportWarnings(boxes)] } };
    } catch (err) {
      return { ok: false, error: `Could not make the PDF: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  return {
    async getBriefing() {
      return { ok: true, value: store.current };
    },

    async openBriefing() {
      if (!deps.openDataset) return { ok: false, error: 'Opening another briefing is not available here.' };
      const path = await dialogs.chooseDatasetToOpen();
      if (!path) return { ok: false, error: 'No file chosen.', cancelled: true };
      return deps.openDataset(path);
    },

    async exportPdf(req) {
      const { briefing } = store.current;
      const pdf = await buildPack(req);
      if (!pdf.ok) return pdf;
      const saved = await saveThroughDialog(
        dialogs,
        defaultExportName(briefing.id, req),
        { name: 'PDF', extensions: ['pdf'] },
        pdf.value.bytes
      );
      if (!saved.ok) return saved;
      exported.add(saved.value.path);
      return { ok: true, value: { ...saved.value, warnings: pdf.value.warnings } };
    },

    // The same PDF as exportPdf, so the printed pages are the exported ones.
    async printPdf(req) {
      if (!deps.printer) return { ok: false, error: 'Printing is not available here.' };
      const { briefing } = store.current;
      const pdf = await buildPack(req);
      if (!pdf.ok) return pdf;
      const job = { fileName: defaultExportName(briefing.id, req), title: req.title ?? briefing.title, paper: req.paper };
      const printed = await deps.printer.print(pdf.value.bytes, job);
      if (!printed.ok) return printed;
      return { ok: true, value: { pages: pdf.value.pages, warnings: pdf.value.warnings } };
    },

    // The same PDF as exportPdf would make of the pack as a handout (saved notes and warnings included), not saved.
    async previewHandout(req) {
      const t0 = performance.now();
      const pdf = await buildPack({ ...req, kind: 'handout' });
      if (!pdf.ok) return pdf;
      const value = {
        pdfBase64: pdf.value.bytes.toString('base64'),
        pages: pdf.value.pages,
        warnings: pdf.value.warnings,
        placed: pdf.value.placed ?? { numbers: [], figures: [] },
        buildMs: performance.now() - t0
      };
      return { ok: true, value };
    },

    async saveFigure(req) {
      const { briefing } = store.current;
      const model = allFigureModels(briefing).find((m) => m.id === req.figureId);
      if (!model) return { ok: false, error: `No figure "${req.figureId}" in the open briefing.` };
      const base = figureFileBase(briefing, model);
      if (req.format === 'csv') {
        // The tidy CSV with its metadata and a README, in one ZIP (figure-package.ts says what is in it).
        const files = Object.fromEntries(Object.entries(figurePackageFiles(model, briefing)).map(([name, text]) => [name, strToU8(text)]));
        const zip = Buffer.from(zipSync(files, { level: 6 }));
        return saveThroughDialog(dialogs, `${base}.zip`, { name: 'ZIP archive', extensions: ['zip'] }, zip);
      }
      const png = Buffer.from(req.pngBase64, 'base64');
      if (png.length < 64 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) return { ok: false, error: 'The chart image is not a PNG.' };
      return saveThroughDialog(dialogs, `${base}.png`, { name: 'PNG image', extensions: ['png'] }, png);
    },

    async openSource({ url }) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return { ok: false, error: `Not a web address: ${url}` };
      }
      // Web pages only, and only those the briefing cites: many of its sources are still on plain http.
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return { ok: false, error: `Only web pages (http or https) are opened; ${parsed.protocol} is not.` };
      if (!store.current.briefing.sources.some((s) => s.url === url))
        return { ok: false, error: "Only the web pages of the briefing's sources are opened." };
      if (!deps.desktop) return { ok: false, error: 'Opening links is not available here.' };
      await deps.desktop.openExternal(url);
      return { ok: true, value: null };
    },

    async getSettings() {
      const { settings } = deps;
      const systemLang = deps.systemLang ?? 'en';
      return {
        ok: true,
        value: settings ? { settings: settings.current, notice: settings.notice, systemLang } : { settings: DEFAULT_SETTINGS, systemLang }
      };
    },

    async updateSettings(patch) {
      if (!deps.settings) return { ok: false, error: 'Settings are not kept here.' };
      try {
        return { ok: true, value: await deps.settings.update(patch) };
      } catch (err) {
        return { ok: false, error: (err as Error).message };
      }
    },

    async copyText({ text }) {
      if (!deps.desktop) return { ok: false, error: 'The clipboard is not available here.' };
      deps.desktop.copyText(text);
      return { ok: true, value: null };
    },

    ...createNotesServices(deps),

    async revealFile({ path, action }) {
      if (!exported.has(path)) return { ok: false, error: `Refused: ${path} was not exported in this session.` };
      if (!deps.desktop) return { ok: false, error: 'Showing files is not available here.' };
      if (action === 'show') {
        deps.desktop.showInFolder(path);
        return { ok: true, value: null };
      }
      const failure = await deps.desktop.openPath(path);
      return failure ? { ok: false, error: `Could not open ${path}: ${failure}` } : { ok: true, value: null };
    }
  };
}
