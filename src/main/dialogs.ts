import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from './services/services';
import { DATASET_EXTENSIONS } from './services/startup';

/** The native open and save dialogs, attached to the app window. */
export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async chooseDatasetToOpen() {
      const win = getWindow();
      const options = {
        title: 'Open Briefing',
        properties: ['openFile' as const],
        filters: [{ name: 'Briefing dataset', extensions: [...DATASET_EXTENSIONS] }]
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToOpen(title, filter) {
      const win = getWindow();
      const options = { title, properties: ['openFile' as const], filters: [filter] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(defaultName, filter) {
      const win = getWindow();
      const options = { title: 'Save', defaultPath: defaultName, filters: [filter] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    }
  };
}
