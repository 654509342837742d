import { dialog, type BrowserWindow } from 'electron';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/messages';
import type { Dialogs } from './services/services';
import { DATASET_EXTENSIONS } from './services/startup';

/** The native open and save dialogs, attached to the app window. */
export function electronDialogs(getWindow: () => BrowserWindow | null, getLang: () => Lang = () => 'en'): Dialogs {
  return {
    async chooseDatasetToOpen() {
      const win = getWindow();
      const options = {
        title: translate(getLang(), 'dialog.openBriefing'),
        properties: ['openFile' as const],
        filters: [{ name: translate(getLang(), 'dialog.datasetFilter'), extensions: [...DATASET_EXTENSIONS] }]
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
      const options = { title: translate(getLang(), 'dialog.save'), defaultPath: defaultName, filters: [filter] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    }
  };
}
