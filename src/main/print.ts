// Print prints the PDF Export makes: the services build the pack's PDF with the export's own code and hand the bytes
// here, where a hidden window shows them in Chromium's PDF viewer and `webContents.print()` sends that document to
// the system print dialog. So the printed pages are the exported pages (same page count, same text, charts drawn as
// the vector drawings they are in the file), whatever the screen shows.
//
// Why this way: printToPDF makes a PDF and prints nothing; printing the app's page would print the screen layout, not
// the pack. Electron fixed printing a PDF document from webContents.print() in 30–32 (electron/electron#43309, "fix:
// blank page when printing pdf"); its own test waits for the viewer's internal `-pdf-ready-to-print` event (34+)
// before printing a loaded PDF, as this does, with a time limit in case an Electron drops that event.
//
// The window stays locked down: no preload (so no IPC), sandboxed, context-isolated, no Node. It loads one file this
// process just wrote; security.ts lets that file (and the built-in viewer's own pages) through the request filter
// only while its job lasts, and leaves the app's content security policy off that file so the viewer can embed it.
import { BrowserWindow, type WebContents } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Result } from '../shared/ipc';
import type { PdfPrinter, PrintJob } from './services/services';

/** The origin of Chromium's built-in PDF viewer (a component extension; the same id in Chrome and Electron). */
export const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/** How long the viewer may take to say the document is ready before it is printed anyway. */
const READY_LIMIT_MS = 8000;

/** The file a URL names, or undefined (compared as paths: Chromium and Node escape file URLs differently). */
function filePath(url: string): string | undefined {
  if (typeof url !== 'string' || !url.startsWith('file:')) return undefined;
  try {
    return resolve(fileURLToPath(url));
  } catch {
    return undefined;
  }
}

/** What print jobs in progress may load; the session's request filter asks `allows`. */
export class PrintUrls {
  #files = new Set<string>();
  add(file: string): void {
    this.#files.add(resolve(file));
  }
  delete(file: string): void {
    this.#files.delete(resolve(file));
  }
  /** A job's own file, and while any job runs the PDF viewer's pages. */
  allows(url: string): boolean {
    return this.isFile(url) || (this.#files.size > 0 && url.startsWith(PDF_VIEWER_ORIGIN));
  }
  /** Is this one of the files being printed (served without the app's content security policy)? */
  isFile(url: string): boolean {
    const path = filePath(url);
    return path !== undefined && this.#files.has(path);
  }
}

/** Resolves when the PDF viewer has loaded the document (or the limit passes: print what is there). */
function whenViewerReady(contents: WebContents, limitMs: number): Promise<void> {
  return new Promise((ok) => {
    const timer = setTimeout(ok, limitMs);
    // Undocumented (hence the time limit), emitted once the viewer's plugin lifts its print restriction.
    (contents as unknown as NodeJS.EventEmitter).once('-pdf-ready-to-print', () => {
      clearTimeout(timer);
      ok();
    });
  });
}

export interface ElectronPrinterOptions {
  urls: PrintUrls;
  /** Where the PDF is written while it prints (app.getPath('temp')). */
  tempDir: string;
  /** The app's window, which the print dialog belongs to. */
  parent: () => BrowserWindow | null;
  readyLimitMs?: number;
}

/** Prints a PDF through the system print dialog, from a hidden window showing it in the built-in viewer. */
export function electronPrinter(options: ElectronPrinterOptions): PdfPrinter {
  return {
    async print(pdf: Buffer, job: PrintJob): Promise<Result<null>> {
      const dir = await mkdtemp(join(options.tempDir, 'briefing-print-'));
      // The file name is what the print queue shows for the job.
      const file = join(dir, job.fileName);
      let win: BrowserWindow | undefined;
      try {
        await writeFile(file, pdf);
        options.urls.add(file);
        const parent = options.parent() ?? undefined;
        win = new BrowserWindow({
          show: false,
          parent,
          title: job.title,
          webPreferences: {
            sandbox: true,
            contextIsolation: true,
            nodeIntegration: false,
            webSecurity: true,
            allowRunningInsecureContent: false,
            experimentalFeatures: false,
            spellcheck: false
          }
        });
        const ready = whenViewerReady(win.webContents, options.readyLimitMs ?? READY_LIMIT_MS);
        await win.loadURL(pathToFileURL(file).href);
        await ready;
        const contents = win.webContents;
        const [success, reason] = await new Promise<[boolean, string]>((ok) =>
          contents.print({ silent: false, printBackground: true, pageSize: job.paper === 'letter' ? 'Letter' : 'A4' }, (done, failure) =>
            ok([done, failure])
          )
        );
        if (success) return { ok: true, value: null };
        if (reason === 'cancelled') return { ok: false, error: 'Printing cancelled.', cancelled: true };
        return { ok: false, error: `Printing failed: ${reason || 'the system gave no reason'}.` };
      } catch (err) {
        return { ok: false, error: `Could not print: ${err instanceof Error ? err.message : String(err)}` };
      } finally {
        if (win && !win.isDestroyed()) win.destroy();
        options.urls.delete(file);
        await rm(dir, { recursive: true, force: true }).catch(() => undefined);
      }
    }
  };
}
