import { BrowserWindow, screen } from 'electron';
import type { SettingsStore } from './services/settings-store';

export interface MainWindowOptions {
  title: string;
  settings: SettingsStore;
  preloadFile: string;
  /** The renderer's URL (see rendererUrl), or the dev server's. */
  url: string;
  /** The web contents allowed to call IPC: the window's is added here, and removed when it closes. */
  trusted: Set<number>;
  /** The page could not be loaded (a broken install): the window would stay blank. */
  onLoadFailed: (err: unknown) => void;
}

/** The remembered window bounds, if they still fit on a connected display. */
function rememberedBounds(settings: SettingsStore): Electron.Rectangle | undefined {
  const w = settings.current.window;
  if (!w) return undefined;
  const visible = screen
    .getAllDisplays()
    .some(({ workArea: a }) => w.x < a.x + a.width && w.x + w.width > a.x && w.y < a.y + a.height && w.y + w.height > a.y);
  return visible ? { x: w.x, y: w.y, width: w.width, height: w.height } : undefined;
}

/** The app's one window, locked down (Electron's security checklist), at the size and place it was last closed. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { settings, trusted } = options;
  const bounds = rememberedBounds(settings);
  const win = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 800,
    x: bounds?.x,
    y: bounds?.y,
    minWidth: 1024,
    minHeight: 700,
    title: options.title,
    show: false,
    backgroundColor: '#f6f5f1',
    webPreferences: {
      preload: options.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click could otherwise open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false
    }
  });
  // Kept, not read again later: a destroyed window's webContents throws ("Object has been destroyed").
  const contentsId = win.webContents.id;
  trusted.add(contentsId);
  const maximized = settings.current.window?.maximized === true;
  // maximize() also shows the window, so it waits for the first paint like show() does.
  win.once('ready-to-show', () => (maximized ? win.maximize() : win.show()));
  // The bounds are saved as the window closes, without holding the close up: a prevented close cancels app.quit()
  // (a second ⌘Q on macOS, an aborted logout). Quitting waits for the write instead (see holdQuitFor).
  win.on('close', () => {
    void settings.update({ window: { ...win.getNormalBounds(), maximized: win.isMaximized() } }).catch(() => undefined);
  });
  win.on('closed', () => trusted.delete(contentsId));
  win.loadURL(options.url).catch(options.onLoadFailed);
  return win;
}
