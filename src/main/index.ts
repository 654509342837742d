import { app, BrowserWindow, clipboard, ipcMain, Menu, screen, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMMAND_CHANNEL } from '../shared/ipc';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { hardenApp } from './security';
import type { BriefingStore } from './services/dataset';
import { createServices } from './services/services';
import { SettingsStore } from './services/settings-store';
import { createStartupStore, datasetArg } from './services/startup';
import { exportWarmer } from './pdf';

const resourcesDir = join(app.getAppPath(), 'resources');
const rendererFile = join(__dirname, '../renderer/index.html');
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;

let mainWindow: BrowserWindow | null = null;
const trustedContents = new Set<number>();

function isAppUrl(url: string): boolean {
  if (devServerUrl && (url.startsWith(devServerUrl) || /^ws:\/\/(localhost|127\.0\.0\.1):\d+\//.test(url))) return true;
  return url.startsWith(pathToFileURL(join(__dirname, '../renderer')).href);
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

function createWindow(title: string, settings: SettingsStore): BrowserWindow {
  const bounds = rememberedBounds(settings);
  const win = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 800,
    x: bounds?.x,
    y: bounds?.y,
    minWidth: 1024,
    minHeight: 700,
    title,
    show: false,
    backgroundColor: '#f6f5f1',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
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
  trustedContents.add(win.webContents.id);
  if (settings.current.window?.maximized) win.maximize();
  win.on('ready-to-show', () => win.show());
  // Save the bounds before the window goes, so quitting cannot cut the (atomic) write short.
  let boundsSaved = false;
  win.on('close', (event) => {
    if (boundsSaved) return;
    event.preventDefault();
    const b = win.getNormalBounds();
    void settings
      .update({ window: { ...b, maximized: win.isMaximized() } })
      .catch(() => undefined)
      .finally(() => {
        boundsSaved = true;
        win.close();
      });
  });
  win.on('closed', () => {
    trustedContents.delete(win.webContents.id);
    mainWindow = null;
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(rendererFile);
  return win;
}

/** Opens a recent dataset from the menu; the page is told to fetch it, or shown why it failed. */
async function openRecent(store: BriefingStore, settings: SettingsStore, path: string): Promise<void> {
  const result = await store.open(path);
  if (result.ok) {
    await settings.update({ lastDataset: path }).catch(() => undefined);
    mainWindow?.setTitle(store.current.briefing.title);
  } else {
    store.setNotice(
      `Could not open ${path}; the current briefing stays open.\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`
    );
  }
  mainWindow?.webContents.send(COMMAND_CHANNEL, 'briefing-changed');
}

async function main(): Promise<void> {
  await app.whenReady();
  hardenApp(isAppUrl, devServerUrl !== undefined);
  const settings = new SettingsStore(join(app.getPath('userData'), 'settings.json'));
  await settings.load();
  // --dataset wins, then the last opened file, then the embedded default.
  const store = await createStartupStore(resourcesDir, datasetArg(process.argv) ?? settings.current.lastDataset);
  const refreshMenu = (): void =>
    Menu.setApplicationMenu(
      buildMenu(
        () => mainWindow,
        settings.current.recent,
        (path) => void openRecent(store, settings, path).then(refreshMenu)
      )
    );
  const fontDir = join(resourcesDir, 'fonts');
  // Fonts parsed and words shaped ahead, once the window is up and again for each briefing opened.
  const warmer = exportWarmer(() => store.current.briefing, fontDir);
  const services = createServices({
    store,
    settings,
    dialogs: electronDialogs(() => mainWindow),
    desktop: {
      showInFolder: (p) => shell.showItemInFolder(p),
      openPath: (p) => shell.openPath(p),
      openExternal: (url) => shell.openExternal(url),
      copyText: (text) => clipboard.writeText(text)
    },
    fontDir,
    onOpened: () => {
      mainWindow?.setTitle(store.current.briefing.title);
      refreshMenu();
      warmer.restart();
    }
  });
  registerIpc(
    ipcMain,
    services,
    (event) => trustedContents.has(event.sender.id) && event.senderFrame !== null && isAppUrl(event.senderFrame.url)
  );
  refreshMenu();
  mainWindow = createWindow(store.current.briefing.title, settings);
  mainWindow.once('ready-to-show', () => warmer.restart());
  app.on('before-quit', () => warmer.stop());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(store.current.briefing.title, settings);
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

main().catch((err: unknown) => {
  console.error(err);
  app.exit(1);
});
