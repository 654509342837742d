import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames, dispatch, type Services } from '../shared/ipc';

/** Registers one handler per contract channel; calls from anything but the app's own page are refused. */
export function registerIpc(ipcMain: IpcMain, services: Services, isTrusted: (event: IpcMainInvokeEvent) => boolean): void {
  for (const name of channelNames) {
    ipcMain.handle(name, (event, arg: unknown) => {
      if (!isTrusted(event)) return { ok: false, error: `Refused ${name}: the caller is not the app's own page.` };
      return dispatch(services, name, arg);
    });
  }
}
