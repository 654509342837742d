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
// Tests drive it through `control`; it records what the app asked of it.
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:url';

type Listener = (...args: unknown[]) => unknown;

/** Electron's event object: cancellable, with the details of events that carry them on the event itself. */
export interface StandInEvent {
  preventDefault(): void;
  defaultPrevented: boolean;
  [detail: string]: unknown;
}

function electronEvent(details: Record<string, unknown> = {}): StandInEvent {
  const event = {
    ...details,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    }
  };
  return event;
}

/** What Chromium makes of a URL: the WHATWG parse, then escapes of unreserved characters decoded, as GURL does. */
export function chromiumUrl(url: string): string {
  return new URL(url).href.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : escape;
  });
}

interface Options {
  platform: NodeJS.Platform;
  appPath: string;
  isPackaged: boolean;
  /** False: another instance holds the lock, so requestSingleInstanceLock returns false. */
  lockAvailable: boolean;
}

let nextId = 1;

class StandInWebContents extends EventEmitter {
  readonly id = nextId++;
  url = '';
  sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  destroyed = false;
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    this.sent.push({ channel, args });
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
  get mainFrame(): { url: string } {
    return { url: this.url };
  }
  /** A navigation the page starts: will-navigate with the details event and the deprecated arguments. */
  navigate(url: string): boolean {
    const event = electronEvent({ url, isSameDocument: false, isMainFrame: true, frame: null });
    this.emit('will-navigate', event, url, false, true, 0, 0);
    return !event.defaultPrevented;
  }
}

export class StandInBrowserWindow extends EventEmitter {
  static windows: StandInBrowserWindow[] = [];
  static getAllWindows(): StandInBrowserWindow[] {
    return StandInBrowserWindow.windows.filter((w) => !w.destroyed);
  }
  readonly id = nextId++;
  readonly options: Record<string, unknown>;
  #contents = new StandInWebContents();
  destroyed = false;
  visible = false;
  maximized = false;
  minimized = false;
  focused = false;
  title: string;
  bounds: { x: number; y: number; width: number; height: number };
  /** Rejections of loadURL/loadFile, for tests that look at a failed load. */
  loadError: unknown;

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    this.title = String(options.title ?? 'Electron');
    this.bounds = {
      x: Number(options.x ?? 100),
      y: Number(options.y ?? 100),
      width: Number(options.width ?? 800),
      height: Number(options.height ?? 600)
    };
    this.visible = options.show !== false;
    StandInBrowserWindow.windows.push(this);
    app.emit('web-contents-created', electronEvent(), this.#contents);
  }

  get webContents(): StandInWebContents {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    return this.#contents;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show(): void {
    this.visible = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  maximize(): void {
    this.maximized = true;
    this.visible = true; // "This will also show (but not focus) the window if it isn't being displayed already."
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused = true;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    return { ...this.bounds };
  }

  async loadURL(url: string): Promise<void> {
    const pageUrl = chromiumUrl(url);
    if (pageUrl.startsWith('file:') && !existsSync(fileURLToPath(pageUrl))) {
      const err = new Error(`ERR_FILE_NOT_FOUND (-6) loading '${pageUrl}'`);
      this.loadError = err;
      throw err;
    }
    this.#contents.url = pageUrl;
    setImmediate(() => {
      if (!this.destroyed) this.emit('ready-to-show', electronEvent());
    });
  }
  loadFile(filePath: string): Promise<void> {
    // Electron's own loadFile: url.format escapes only "#" and "?" in the path.
    return this.loadURL(format({ protocol: 'file', slashes: true, pathname: resolve(app.getAppPath(), filePath) }));
  }

  /** Asks the window to close; returns false if a `close` listener prevented it. */
  close(): boolean {
    if (this.destroyed) return true;
    const event = electronEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroy();
    return true;
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.#contents.destroyed = true;
    this.emit('closed');
    if (StandInBrowserWindow.getAllWindows().length === 0 && !quitting) {
      if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
      else app.quit();
    }
  }
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
  permissionRequestHandler: undefined as unknown,
  permissionCheckHandler: undefined as unknown,
  headersHandler: undefined as unknown,
  requestFilter: undefined as RequestFilter | undefined,
  handlers,

  /** A fresh app: no windows, handlers or listeners, not ready yet. */
  reset(next: Partial<Options> = {}): void {
    options = { platform: 'linux', appPath: process.cwd(), isPackaged: true, lockAvailable: true, ...next };
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
