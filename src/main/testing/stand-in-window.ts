// The stand-in's windows and web contents (see electron-stand-in.ts for what the stand-in as a whole follows).
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, format } from 'node:url';

/** What a window tells the stand-in's app: a web contents was created, the last window closed; and the app path. */
export const hooks = {
  created: (_contents: StandInWebContents): void => undefined,
  lastWindowClosed: (): void => undefined,
  appPath: (): string => process.cwd()
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

export class StandInWebContents extends EventEmitter {
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
    this.#contents.url = pageUrl;
    setImmediate(() => {
      if (!this.destroyed) this.emit('ready-to-show', electronEvent());
    });
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
