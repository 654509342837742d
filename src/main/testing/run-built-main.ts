// Starts a built main process (out/main/index.js of the repo, or of an unpacked app archive) in this Node process,
// with every `require('electron')` answered by the stand-in. Used by the built-main and packaging tests.
import { createRequire, Module } from 'node:module';
import { join } from 'node:path';
import * as electron from './electron-stand-in';

const { control, StandInBrowserWindow } = electron;
const nodeRequire = createRequire(__filename);
const STAND_IN_ID = '<electron stand-in>';

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
let hooked = false;

/** Makes `require('electron')` from any file (also one outside this repo's node_modules) load the stand-in. */
function hookElectron(): void {
  if (hooked) return;
  hooked = true;
  const stand = new Module(STAND_IN_ID);
  stand.filename = STAND_IN_ID;
  stand.loaded = true;
  stand.exports = electron;
  nodeRequire.cache[STAND_IN_ID] = stand;
  const resolve = loader._resolveFilename;
  loader._resolveFilename = function (request, ...rest) {
    return request === 'electron' ? STAND_IN_ID : resolve.call(this, request, ...rest);
  };
}

export interface BuiltMainOptions {
  /** The folder holding out/ (and, for an unpacked app, node_modules/, resources/ and package.json). */
  installDir: string;
  /** What app.getAppPath() answers; the install folder unless given. */
  appPath?: string;
  argv?: string[];
  lockAvailable?: boolean;
  /** The OS's preferred languages, as app.getPreferredSystemLanguages() answers (default ["en-US"]). */
  systemLanguages?: string[];
  /** Runs after the main module has loaded and before `ready`, as macOS's open-file at launch does. */
  beforeReady?: () => void;
}

/** Loads a fresh copy of the built main under a fresh stand-in, with this command line, then emits `ready`. */
export function startBuiltMain(options: BuiltMainOptions): void {
  hookElectron();
  const outMain = join(options.installDir, 'out', 'main');
  control.reset({
    platform: 'linux',
    appPath: options.appPath ?? options.installDir,
    isPackaged: true,
    lockAvailable: options.lockAvailable ?? true,
    ...(options.systemLanguages ? { systemLanguages: options.systemLanguages } : {})
  });
  for (const key of Object.keys(nodeRequire.cache)) if (key.startsWith(outMain)) delete nodeRequire.cache[key];
  const argv = process.argv;
  process.argv = options.argv ?? ['/opt/korea-ai-briefing/korea-ai-briefing'];
  try {
    nodeRequire(join(outMain, 'index.js'));
  } finally {
    process.argv = argv;
  }
  options.beforeReady?.();
  control.ready();
}

export const settle = (ms = 30): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

/** Polls until `get` gives a value. */
export async function until<T>(what: string, get: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = get();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await settle(10);
  }
}

/** The app's window, once it has loaded its page and shown. */
export const shownWindow = (): Promise<electron.StandInBrowserWindow> =>
  until('the window to show', () => StandInBrowserWindow.getAllWindows().find((w) => w.isVisible()));

/** An IPC caller that is the window's own page. */
export function fromPage(win: electron.StandInBrowserWindow): { sender: { id: number }; senderFrame: { url: string } } {
  return { sender: { id: win.webContents.id }, senderFrame: { url: win.webContents.getURL() } };
}
