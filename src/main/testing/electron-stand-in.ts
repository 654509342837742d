// A stand-in for the `electron` module, for tests in plain Node (the binary cannot be downloaded here). It does what
// Electron 45's documentation says the real one does, in the places where the shell has gone wrong before:
//
// - `app.quit()` emits `before-quit`, then tries to close every window; a window whose `close` is prevented cancels
//   the quit. With every window closed it emits `will-quit` (cancellable) and `quit`; `window-all-closed` is not
//   emitted during a quit. Closing the last window otherwise emits `window-all-closed`.
// - A destroyed window's `webContents` throws "Object has been destroyed".
// - `maximize()` also shows a window that is not shown yet.
// - `loadFile(path)` builds its URL with `url.format` (leaving `%` as is); the page's URL is what Chromium makes of
//   the URL loaded: spaces and non-ASCII escaped, `[ ] ~` literal, escapes of unreserved characters (`%7E`, `%41`)
//   decoded. A URL naming no file fails to load.
// - `will-navigate` gets the details event (its `url`) and the deprecated positional arguments after it.
// - `second-instance` comes after `ready`, with argv, the working directory and additionalData.
// - `dialog.showErrorBox` before `ready` on Linux only prints to stderr.
// - A PDF file loaded in a window opens in Chromium's viewer, which emits `-pdf-ready-to-print` once the document is
//   loaded (Electron 34+; its own printToPDF test waits for it). `webContents.print(options, callback)` prints the
//   document shown: the stand-in hands the printer (control.printJobs) that PDF's bytes, and the print dialog answers
//   through the callback with (success, failureReason), "cancelled" when closed (control.printAnswer).
// Tests drive it through `control`; it records what the app asked of it.
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronEvent, hooks, StandInBrowserWindow, type StandInPrintJob } from './stand-in-window';

export { chromiumUrl, StandInBrowserWindow, type StandInEvent, type StandInPrintJob } from './stand-in-window';

type Listener = (...args: unknown[]) => unknown;

interface Options {
  platform: NodeJS.Platform;
  appPath: string;
  isPackaged: boolean;
  /** False: another instance holds the lock, so requestSingleInstanceLock returns false. */
  lockAvailable: boolean;
  /** What app.getPreferredSystemLanguages() answers: the OS's languages, most preferred first (may be empty). */
  systemLanguages: string[];
  /** What app.getLocale() answers once the app is ready: Chromium's application locale, e.g. "en-US". */
  locale: string;
}

let options: Options;
let ready: { promise: Promise<void>; resolve: () => void };
let isReady = false;
let quitting = false;
const paths: Record<string, string> = {};

class StandInApp extends EventEmitter {
  get isPackaged(): boolean {
    return options.isPackaged;
  }
  getAppPath(): string {
    return options.appPath;
  }
  getPath(name: string): string {
    return (paths[name] ??= mkdtempSync(join(tmpdir(), `stand-in-${name}-`)));
  }
  /** As Electron: package.json's productName, else its name. */
  getName(): string {
    const pkg = this.#packageJson();
    return String(pkg.productName ?? pkg.name ?? 'Electron');
  }
  getVersion(): string {
    return String(this.#packageJson().version ?? '0.0.0');
  }
  #packageJson(): Record<string, unknown> {
    try {
      return JSON.parse(readFileSync(join(options.appPath, 'package.json'), 'utf8')) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  getPreferredSystemLanguages(): string[] {
    return [...options.systemLanguages];
  }
  /** Electron documents that it must be called after `ready`; before, the stand-in answers "" as a warning sign. */
  getLocale(): string {
    return isReady ? options.locale : '';
  }
  whenReady(): Promise<void> {
    return ready.promise;
  }
  isReady(): boolean {
    return isReady;
  }
  requestSingleInstanceLock(additionalData?: unknown): boolean {
    control.lockRequests.push(additionalData);
    return options.lockAvailable;
  }
  setAboutPanelOptions(panel: Record<string, unknown>): void {
    control.aboutPanel = panel;
  }
  quit(): void {
    control.quitRequests++;
    const before = electronEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    quitting = true;
    for (const win of StandInBrowserWindow.getAllWindows()) {
      if (!win.close()) {
        quitting = false; // a prevented close cancels the quit (a logout or shutdown is aborted)
        control.cancelledQuits++;
        return;
      }
    }
    const willQuit = electronEvent();
    this.emit('will-quit', willQuit);
    quitting = false;
    if (willQuit.defaultPrevented) return;
    this.emit('quit', electronEvent(), 0);
    control.exitCode = 0;
  }
  exit(code = 0): void {
    control.exitCode = code;
    for (const win of StandInBrowserWindow.getAllWindows()) win.destroy();
  }
}

export const app = new StandInApp();

hooks.created = (contents) => void app.emit('web-contents-created', electronEvent(), contents);
hooks.appPath = () => app.getAppPath();
hooks.requestAllowed = (url) => !control.requestFilter || control.allows(url);
hooks.responseHeaders = (url) => control.responseHeaders(url);
hooks.printed = (job, callback) => {
  control.printJobs.push(job);
  const answer = control.printAnswer;
  setImmediate(() => callback?.(answer === 'printed', answer === 'printed' ? '' : answer));
};
hooks.lastWindowClosed = () => {
  if (quitting) return; // during a quit, window-all-closed is not emitted
  if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
  else app.quit();
};

const handlers = new Map<string, Listener>();
export const ipcMain = {
  handle(channel: string, listener: Listener): void {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, listener);
  }
};

export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu(menu: { template: unknown[] } | null): void {
    control.applicationMenu = menu;
  }
};

export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const shell = {
  showItemInFolder: (path: string) => void control.desktop.push(`show ${path}`),
  openPath: async (path: string) => (control.desktop.push(`open ${path}`), ''),
  openExternal: async (url: string) => void control.desktop.push(`link ${url}`)
};
export const clipboard = { writeText: (text: string) => void control.desktop.push(`copy ${text}`) };

export const dialog = {
  async showOpenDialog(...args: unknown[]) {
    control.dialogOptions.push(args.at(-1));
    return { canceled: control.openPath === null, filePaths: control.openPath ? [control.openPath] : [] };
  },
  showSaveDialog: async () => ({ canceled: control.savePath === null, filePath: control.savePath ?? '' }),
  showErrorBox(title: string, content: string): void {
    if (!isReady && options.platform === 'linux') console.error(`${title}\n${content}`);
    else control.errorBoxes.push({ title, content });
  }
};

type HeadersHook = (
  details: { url: string; responseHeaders: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void
) => void;
type RequestFilter = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (h: unknown) => void (control.permissionRequestHandler = h),
    setPermissionCheckHandler: (h: unknown) => void (control.permissionCheckHandler = h),
    webRequest: {
      onHeadersReceived: (h: unknown) => void (control.headersHandler = h),
      onBeforeRequest: (h: RequestFilter) => void (control.requestFilter = h)
    }
  }
};

export const BrowserWindow = StandInBrowserWindow;

/** How tests drive the stand-in and read what the app did. */
export const control = {
  lockRequests: [] as unknown[],
  aboutPanel: undefined as Record<string, unknown> | undefined,
  applicationMenu: undefined as { template: unknown[] } | null | undefined,
  desktop: [] as string[],
  errorBoxes: [] as { title: string; content: string }[],
  quitRequests: 0,
  /** Quits a window's prevented `close` cancelled. */
  cancelledQuits: 0,
  exitCode: undefined as number | undefined,
  openPath: null as string | null,
  savePath: null as string | null,
  /** The options of every open dialog shown. */
  dialogOptions: [] as unknown[],
  /** What webContents.print() sent to the printer. */
  printJobs: [] as StandInPrintJob[],
  /** How the next print dialogs end: printed, cancelled by the user, or a failure reason. */
  printAnswer: 'printed' as string,
  permissionRequestHandler: undefined as unknown,
  permissionCheckHandler: undefined as unknown,
  headersHandler: undefined as unknown,
  requestFilter: undefined as RequestFilter | undefined,
  handlers,

  /** A fresh app: no windows, handlers or listeners, not ready yet. */
  reset(next: Partial<Options> = {}): void {
    options = {
      platform: 'linux',
      appPath: process.cwd(),
      isPackaged: true,
      lockAvailable: true,
      systemLanguages: ['en-US'],
      locale: 'en-US',
      ...next
    };
    Object.defineProperty(process, 'platform', { value: options.platform, configurable: true });
    let resolveReady = (): void => undefined;
    ready = { promise: new Promise<void>((ok) => (resolveReady = ok)), resolve: () => resolveReady() };
    isReady = false;
    quitting = false;
    for (const key of Object.keys(paths)) delete paths[key];
    app.removeAllListeners();
    handlers.clear();
    StandInBrowserWindow.windows = [];
    Object.assign(control, {
      lockRequests: [],
      aboutPanel: undefined,
      applicationMenu: undefined,
      desktop: [],
      errorBoxes: [],
      quitRequests: 0,
      cancelledQuits: 0,
      exitCode: undefined,
      openPath: null,
      savePath: null,
      dialogOptions: [],
      printJobs: [],
      printAnswer: 'printed',
      requestFilter: undefined
    });
  },
  /** Electron has finished initialising: `ready`, and whenReady() resolves. */
  ready(): void {
    isReady = true;
    app.emit('ready', electronEvent(), {});
    ready.resolve();
  },
  /** A second launch of the app with this command line, in this folder. */
  secondInstance(argv: string[], workingDirectory: string, additionalData: unknown): void {
    app.emit('second-instance', electronEvent(), argv, workingDirectory, additionalData);
  },
  /** macOS hands the app a file (Finder, the Dock). Returns whether the app said it handles it. */
  openFile(path: string): boolean {
    const event = electronEvent();
    app.emit('open-file', event, path);
    return event.defaultPrevented;
  },
  /** An IPC call from a window's page (or from another sender). */
  invoke(channel: string, arg: unknown, from: { sender: { id: number }; senderFrame: { url: string } | null }): Promise<unknown> {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler for ${channel}`);
    return Promise.resolve(handler(from, arg));
  },
  /** The headers the session's header hook gives a response from this URL. */
  responseHeaders(url: string): Record<string, string[]> {
    let headers: Record<string, string[]> = {};
    (control.headersHandler as HeadersHook | undefined)?.({ url, responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    return headers;
  },
  /** Does the session's request filter let this URL through? */
  allows(url: string): boolean {
    let cancel = true;
    control.requestFilter?.({ url }, (r) => (cancel = r.cancel === true));
    return !cancel;
  }
};

const realPlatform = process.platform;
/** Puts process.platform back after tests that pretended to be another OS. */
export function restorePlatform(): void {
  Object.defineProperty(process, 'platform', { value: realPlatform, configurable: true });
}

control.reset();
