import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { COMMAND_CHANNEL, type Command } from '../shared/ipc';

/** The application menu; its commands are sent to the page, which owns the matching actions. */
export function buildMenu(getWindow: () => BrowserWindow | null): Menu {
  const send = (command: Command) => () => getWindow()?.webContents.send(COMMAND_CHANNEL, command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Briefing…', accelerator: 'CmdOrCtrl+O', click: send('open') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export') },
        { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: send('print') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'copy' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: send('find') }
      ]
    },
    {
      label: 'View',
      submenu: [
        { label: 'Next Section', accelerator: 'CmdOrCtrl+]', click: send('next-section') },
        { label: 'Previous Section', accelerator: 'CmdOrCtrl+[', click: send('previous-section') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { role: 'windowMenu' }
  ];
  return Menu.buildFromTemplate(template);
}
