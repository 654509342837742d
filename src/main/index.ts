// The Electron shell: lifecycle, the window, the menu and the OS. Everything it shows and does comes from
// createAppCore, the same wiring the CLI and the e2e harness use.
import { app, BrowserWindow, clipboard, ipcMain, Menu, shell } from 'electron';
import { join } from 'node:path';
import { COMMAND_CHANNEL } from '../shared/ipc';
import { createAppCore, type AppCore } from './app-core';
import { appUrlMatcher, rendererUrl } from './app-url';
import { electronDialogs } from './dialogs';
import { langFromLocales, type Lang } from '../shared/i18n/lang';
import { registerIpc } from './ipc';
import { claimSingleInstance, holdQuitFor, reportStartupError } from './lifecycle';
import { buildMenu } from './menu';
import { exportWarmer } from './pdf';
import { electronPrinter, PrintUrls } from './print';
import { hardenApp } from './security';
import { datasetRequest } from './services/startup';
import { createMainWindow } from './window';

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const isAppUrl = appUrlMatcher(join(__dirname, '../renderer'), devServerUrl);
const trustedContents = new Set<number>();
// The PDFs being printed, which the session lets through while they print (print.ts).
const printUrls = new PrintUrls();

let mainWindow: BrowserWindow | null = null;
let core: AppCore | undefined;
let openWindow: (() => BrowserWindow) | undefined;
// A file asked for before the app is ready (the command line, or macOS's open-file at launch) opens first.
let startupRequest = datasetRequest(process.argv, process.cwd());

const tellPage = (): void => mainWindow?.webContents.send(COMMAND_CHANNEL, 'briefing-changed');

/** A dataset handed over by a second launch or the OS (or none: just bring the window forward). */
function openRequested(path: string | undefined): void {
  if (!core || !openWindow) {
    if (path) startupRequest = path;
    return;
  }
  if (!mainWindow) mainWindow = openWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  if (path) void core.openFromOutside(path).then(tellPage);
}

async function main(): Promise<void> {
  await app.whenReady();
  app.setAboutPanelOptions({
    applicationName: app.getName(),
    applicationVersion: app.getVersion(),
    credits: 'Typeface: Pretendard (SIL Open Font License 1.1).'
  });
  hardenApp(isAppUrl, devServerUrl !== undefined, printUrls);
  const resourcesDir = join(app.getAppPath(), 'resources');
  const requested = startupRequest;
  // The OS's languages in the user's order (Electron documents that the list may be empty), then the app's locale.
  const systemLang = langFromLocales([...app.getPreferredSystemLanguages(), app.getLocale()]);
  const interfaceLang = (): Lang => appCore.settings?.current.lang ?? systemLang;
  const appCore = await createAppCore({
    resourcesDir,
    settingsPath: join(app.getPath('userData'), 'settings.json'),
    datasetPath: requested,
    dialogs: electronDialogs(
      () => mainWindow,
      () => interfaceLang()
    ),
    systemLang,
    printer: electronPrinter({ urls: printUrls, tempDir: app.getPath('temp'), parent: () => mainWindow }),
    desktop: {
      showInFolder: (p) => shell.showItemInFolder(p),
      openPath: (p) => shell.openPath(p),
      openExternal: (url) => shell.openExternal(url),
      copyText: (text) => clipboard.writeText(text)
    },
    // Only called for files opened after start-up, by when the menu and the warmer below exist.
    onOpened: () => {
      mainWindow?.setTitle(appCore.store.current.briefing.title);
      refreshMenu();
      warmer.restart();
    }
  });
  const settings = appCore.settings!;
  // Fonts parsed and words shaped ahead, once the window is up and again for each briefing opened.
  const warmer = exportWarmer(() => appCore.store.current.briefing, appCore.fontDir);
  const refreshMenu = (): void =>
    Menu.setApplicationMenu(
      buildMenu({
        getWindow: () => mainWindow,
        recent: settings.current.recent,
        openRecent: (path) => void appCore.openFromOutside(path).then(tellPage),
        dev: !app.isPackaged,
        lang: interfaceLang()
      })
    );
  let menuLang = interfaceLang();
  settings.onChange = () => {
    if (interfaceLang() === menuLang) return;
    menuLang = interfaceLang();
    refreshMenu();
  };
  registerIpc(
    ipcMain,
    appCore.services,
    (event) => trustedContents.has(event.sender.id) && event.senderFrame !== null && isAppUrl(event.senderFrame.url)
  );
  refreshMenu();
  openWindow = () => {
    const win = createMainWindow({
      title: appCore.store.current.briefing.title,
      settings,
      preloadFile: join(__dirname, '../preload/index.js'),
      url: devServerUrl ?? rendererUrl(join(__dirname, '../renderer/index.html')),
      trusted: trustedContents,
      onLoadFailed: reportStartupError
    });
    win.once('ready-to-show', () => warmer.restart());
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    return win;
  };
  core = appCore;
  mainWindow = openWindow();
  // A file the OS handed over while the briefing was loading.
  if (startupRequest !== requested) openRequested(startupRequest);
  app.on('before-quit', () => warmer.stop());
  // Quitting waits for settings and notes being saved, so the last words typed are not cut short.
  holdQuitFor(
    () => settings.writing || !!appCore.notes?.writing,
    () => Promise.all([settings.whenWritten(), appCore.notes?.whenWritten()]).then(() => undefined)
  );
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow!();
  });
}

if (claimSingleInstance(startupRequest, openRequested)) {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  main().catch(reportStartupError);
} else {
  // Another instance is running and has been handed this launch's dataset.
  app.quit();
}
