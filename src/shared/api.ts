import type { BriefingApi } from './ipc';
import { CHANNELS, COMMAND_CHANNEL, COMMANDS, type Command } from './ipc-names';

export type Invoke = (channel: string, arg: unknown) => Promise<unknown>;
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

const knownCommands = new Set<string>(COMMANDS);

/** Builds `window.briefing` from the contract's names over any transport (Electron's ipcRenderer or the test bridge). */
export function createApi(invoke: Invoke, subscribe: Subscribe): BriefingApi {
  const api: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(CHANNELS)) {
    api[key] = (arg?: unknown) => invoke(name, arg);
  }
  api.onCommand = (listener: (command: Command) => void) =>
    subscribe(COMMAND_CHANNEL, (payload) => {
      if (typeof payload === 'string' && knownCommands.has(payload)) listener(payload as Command);
    });
  return api as BriefingApi;
}
