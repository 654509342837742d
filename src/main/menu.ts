import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import { COMMAND_CHANNEL, type Command } from '../shared/ipc';

export interface MenuOptions {
  getWindow: () => BrowserWindow | null;
  recent: readonly string[];
  openRecent: (path: string) => void;
  /** Development build: Reload and the DevTools, which a packaged app leaves out. */
  dev: boolean;
  platform?: NodeJS.Platform;
}

/**
 * The application menu; its commands are sent to the page, which owns the matching actions. Editing uses Electron's
 * roles: on macOS the text fields' ⌘X, ⌘V and ⌘Z work only through menu items that have them.
 */
export function buildMenu({ getWindow, recent, openRecent, dev, platform = process.platform }: MenuOptions): Menu {
  const send = (command: Command) => () => getWindow()?.webContents.send(COMMAND_CHANNEL, command);
  const isMac = platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((path) => ({ label: basename(path), sublabel: path, click: () => openRecent(path) }))
    : [{ label: 'No recent briefings', enabled: false }];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Briefing…', accelerator: 'CmdOrCtrl+O', click: send('open') },
        { label: 'Open Recent', submenu: recentItems },
        { type: 'separator' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export') },
        { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: send('print') },
        { type: 'separator' },
        // The reader's own notes, to a file and back (e.g. to another computer, or a colleague).
        { label: 'Export Notes…', click: send('export-notes') },
        { label: 'Import Notes…', click: send('import-notes') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...(isMac ? [{ role: 'pasteAndMatchStyle' as const }] : []),
        { role: 'delete' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: send('find') }
      ]
    },
    {
      label: 'View',
      submenu: [
        ...(dev
          ? [
              { role: 'reload' as const },
              { role: 'forceReload' as const },
              { role: 'toggleDevTools' as const },
              { type: 'separator' as const }
            ]
          : []),
        { label: 'Next Section', accelerator: 'CmdOrCtrl+]', click: send('next-section') },
        { label: 'Previous Section', accelerator: 'CmdOrCtrl+[', click: send('previous-section') },
        { type: 'separator' },
        { label: 'Actual Size', accelerator: 'CmdOrCtrl+0', click: send('zoom-reset') },
        { label: 'Zoom In', accelerator: 'CmdOrCtrl+=', click: send('zoom-in') },
        { label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', click: send('zoom-out') },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { role: 'windowMenu' },
    // macOS has About in the app menu; elsewhere it goes under Help (the panel set up with setAboutPanelOptions).
    ...(isMac ? [] : [{ role: 'help' as const, submenu: [{ role: 'about' as const }] }])
  ];
  return Menu.buildFromTemplate(template);
}
