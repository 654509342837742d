import { app, BrowserWindow, ipcMain, Menu } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { hardenApp } from './security';
import { createServices } from './services/services';
import { createStartupStore, datasetArg } from './services/startup';

const resourcesDir = join(app.getAppPath(), 'resources');
const rendererFile = join(__dirname, '../renderer/index.html');
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;

let mainWindow: BrowserWindow | null = null;
const trustedContents = new Set<number>();

function isAppUrl(url: string): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true;
  return url.startsWith(pathToFileURL(join(__dirname, '../renderer')).href);
}

function createWindow(title: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title,
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false
    }
  });
  trustedContents.add(win.webContents.id);
  win.on('ready-to-show', () => win.show());
  win.on('closed', () => (mainWindow = null));
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(rendererFile);
  return win;
}

async function main(): Promise<void> {
  await app.whenReady();
  hardenApp(isAppUrl);
  const store = await createStartupStore(resourcesDir, datasetArg(process.argv));
  const services = createServices({
    store,
    dialogs: electronDialogs(() => mainWindow),
    fontDir: join(resourcesDir, 'fonts'),
    onOpened: () => mainWindow?.setTitle(store.current.briefing.title)
  });
  registerIpc(
    ipcMain,
    services,
    (event) => trustedContents.has(event.sender.id) && event.senderFrame !== null && isAppUrl(event.senderFrame.url)
  );
  Menu.setApplicationMenu(buildMenu(() => mainWindow));
  mainWindow = createWindow(store.current.briefing.title);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(store.current.briefing.title);
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

main().catch((err: unknown) => {
  console.error(err);
  app.exit(1);
});
