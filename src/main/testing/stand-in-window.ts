// The stand-in's windows and web contents (see electron-stand-in.ts for what the stand-in as a whole follows).
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, format } from 'node:url';

/** What a window tells the stand-in's app: a web contents was created, the last window closed; and the app path. */
export const hooks = {
  created: (_contents: StandInWebContents): void => undefined,
  /** webContents.print() was called: what the printer gets, and how the print dialog answers. */
  printed: (_job: StandInPrintJob, callback?: (success: boolean, failureReason: string) => void): void => callback?.(true, ''),
  lastWindowClosed: (): void => undefined,
  appPath: (): string => process.cwd(),
  /** The session's webRequest hooks, which every load goes through: may it load, and with which headers. */
  requestAllowed: (_url: string): boolean => true,
  responseHeaders: (_url: string): Record<string, string[]> => ({})
};

/** Electron's event object: cancellable, with the details of events that carry them on the event itself. */
export interface StandInEvent {
  preventDefault(): void;
  defaultPrevented: boolean;
  [detail: string]: unknown;
}

export function electronEvent(details: Record<string, unknown> = {}): StandInEvent {
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

let nextId = 1;

/** What one webContents.print() sent to the printer: the document shown then, and the options. */
export interface StandInPrintJob {
  url: string;
  options: Record<string, unknown>;
  /** The bytes of the PDF the window showed (Chromium's viewer prints the document itself), if it showed one. */
  pdf?: Buffer;
  /** Had the PDF viewer finished loading the document (`-pdf-ready-to-print`) when print() was called? */
  pdfReady: boolean;
  /** Was the window hidden (never shown)? */
  hidden: boolean;
  /** The headers the session gave the document when it loaded. */
  headers: Record<string, string[]>;
}

// webContents.print()'s page sizes (lib/browser/api/web-contents.ts, PDFPageSizes).
const PAGE_SIZES = ['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'Legal', 'Letter', 'Tabloid', 'Ledger'];

export class StandInWebContents extends EventEmitter {
  readonly id = nextId++;
  url = '';
  /** Set once a loaded PDF is ready to print, as Chromium's viewer signals with `-pdf-ready-to-print`. */
  pdfReady = false;
  /** The window showing this contents (for print jobs). */
  owner: StandInBrowserWindow | undefined;
  /** The headers the session gave the page loaded last. */
  headers: Record<string, string[]> = {};
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
  /**
   * As Electron's webContents.print(options, callback): throws on a destroyed contents or an unknown pageSize; the
   * callback gets (success, failureReason), failureReason "cancelled" when the user closes the dialog.
   */
  print(options: Record<string, unknown> = {}, callback?: (success: boolean, failureReason: string) => void): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    const size = options.pageSize;
    if (typeof size === 'string' && !PAGE_SIZES.includes(size)) throw new Error(`Unsupported pageSize: ${size}`);
    if (options.pageSize !== undefined && options.usePrinterDefaultPageSize)
      throw new Error('usePrinterDefaultPageSize cannot be combined with pageSize');
    const isPdf = this.url.startsWith('file:') && this.url.toLowerCase().endsWith('.pdf');
    const job: StandInPrintJob = {
      url: this.url,
      options,
      pdf: isPdf ? readFileSync(fileURLToPath(this.url)) : undefined,
      pdfReady: this.pdfReady,
      headers: this.headers,
      hidden: this.owner ? !this.owner.visible : false
    };
    hooks.printed(job, callback);
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
    this.#contents.owner = this;
    hooks.created(this.#contents);
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
    // A request the session's filter cancels fails to load, as Chromium reports it.
    if (!hooks.requestAllowed(pageUrl)) {
      const err = new Error(`ERR_BLOCKED_BY_CLIENT (-20) loading '${pageUrl}'`);
      this.loadError = err;
      throw err;
    }
    this.#contents.headers = hooks.responseHeaders(pageUrl);
    this.#contents.url = pageUrl;
    this.#contents.pdfReady = false;
    setImmediate(() => {
      if (this.destroyed) return;
      this.emit('ready-to-show', electronEvent());
      this.#contents.emit('did-finish-load', electronEvent());
    });
    // A PDF opens in the built-in viewer, which says when the document is loaded and printable, a little later.
    if (pageUrl.startsWith('file:') && readFileSync(fileURLToPath(pageUrl)).subarray(0, 5).toString('latin1') === '%PDF-')
      setTimeout(() => {
        if (this.destroyed) return;
        this.#contents.pdfReady = true;
        this.#contents.emit('-pdf-ready-to-print');
      }, 20);
  }
  loadFile(filePath: string): Promise<void> {
    // Electron's own loadFile: url.format escapes only "#" and "?" in the path.
    return this.loadURL(format({ protocol: 'file', slashes: true, pathname: resolve(hooks.appPath(), filePath) }));
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
    if (StandInBrowserWindow.getAllWindows().length === 0) hooks.lastWindowClosed();
  }
}
