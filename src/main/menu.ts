import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import { LANGS, type Lang } from '../shared/i18n/lang';
import { translator } from '../shared/i18n/messages';
import { COMMAND_CHANNEL, type Command } from '../shared/ipc';

export interface MenuOptions {
  getWindow: () => BrowserWindow | null;
  recent: readonly string[];
  openRecent: (path: string) => void;
  /** Development build: Reload and the DevTools, which a packaged app leaves out. */
  dev: boolean;
  platform?: NodeJS.Platform;
  /** The interface's language: the menu's labels follow it. */
  lang?: Lang;
}

/**
 * The application menu; its commands are sent to the page, which owns the matching actions. Editing uses Electron's
 * roles: on macOS the text fields' ⌘X, ⌘V and ⌘Z work only through menu items that have them.
 */
export function buildMenu({ getWindow, recent, openRecent, dev, platform = process.platform, lang = 'en' }: MenuOptions): Menu {
  const t = translator(lang);
  const send = (command: Command) => () => getWindow()?.webContents.send(COMMAND_CHANNEL, command);
  const isMac = platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((path) => ({ label: basename(path), sublabel: path, click: () => openRecent(path) }))
    : [{ label: t('menu.noRecent'), enabled: false }];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.open'), accelerator: 'CmdOrCtrl+O', click: send('open') },
        { label: t('menu.openRecent'), submenu: recentItems },
        { type: 'separator' },
        { label: t('menu.export'), accelerator: 'CmdOrCtrl+E', click: send('export') },
        { label: t('menu.print'), accelerator: 'CmdOrCtrl+P', click: send('print') },
        { type: 'separator' },
        // The reader's own notes, to a file and back (e.g. to another computer, or a colleague).
        { label: t('menu.exportNotes'), click: send('export-notes') },
        { label: t('menu.importNotes'), click: send('import-notes') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    {
      label: t('menu.edit'),
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
        { label: t('menu.find'), accelerator: 'CmdOrCtrl+F', click: send('find') }
      ]
    },
    {
      label: t('menu.view'),
      submenu: [
        ...(dev
          ? [
              { role: 'reload' as const },
              { role: 'forceReload' as const },
              { role: 'toggleDevTools' as const },
              { type: 'separator' as const }
            ]
          : []),
        { label: t('menu.nextSection'), accelerator: 'CmdOrCtrl+]', click: send('next-section') },
        { label: t('menu.previousSection'), accelerator: 'CmdOrCtrl+[', click: send('previous-section') },
        { type: 'separator' },
        { label: t('menu.actualSize'), accelerator: 'CmdOrCtrl+0', click: send('zoom-reset') },
        { label: t('menu.zoomIn'), accelerator: 'CmdOrCtrl+=', click: send('zoom-in') },
        { label: t('menu.zoomOut'), accelerator: 'CmdOrCtrl+-', click: send('zoom-out') },
        { type: 'separator' },
        {
          label: t('menu.language'),
          submenu: LANGS.map((option) => ({
            label: t(option === 'en' ? 'menu.english' : 'menu.korean'),
            type: 'radio' as const,
            checked: option === lang,
            click: send(option === 'en' ? 'lang-en' : 'lang-ko')
          }))
        },
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
