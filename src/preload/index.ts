import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../shared/api';

// Only domain verbs cross the bridge; the page never sees ipcRenderer.
contextBridge.exposeInMainWorld(
  'briefing',
  createApi(
    (channel, arg) => ipcRenderer.invoke(channel, arg),
    (channel, listener) => {
      const wrapped = (_event: unknown, payload: unknown): void => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => ipcRenderer.removeListener(channel, wrapped);
    }
  )
);
