import { z } from 'zod';
import type { Briefing } from './briefing/schema';
import type { Problem } from './briefing/validate';

/** Where the open briefing came from. */
export interface BriefingOrigin {
  kind: 'default' | 'file';
  /** File name shown in the header, e.g. "briefing.json". */
  name: string;
  path?: string;
}

export interface OpenBriefing {
  briefing: Briefing;
  origin: BriefingOrigin;
  /** A message for the reader about how the briefing was chosen, e.g. why a --dataset file was not opened. */
  notice?: string;
}

/** Every call answers with a result, never a thrown error, so messages survive the IPC hop intact. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; problems?: Problem[]; cancelled?: boolean };

export const exportRequestSchema = z.strictObject({
  kind: z.enum(['briefing', 'handout']),
  paper: z.enum(['a4', 'letter']),
  sections: z.array(z.string().max(64)).max(1000).optional(),
  preparedFor: z.string().max(200).optional(),
  preparedBy: z.string().max(200).optional()
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export interface ExportDone {
  path: string;
  bytes: number;
}

const noArgs = z.undefined();

/** Declares one channel: its name, its argument schema and (as a type only) its result. */
function channel<A extends z.ZodType, R>(name: string, args: A): { name: string; args: A; result?: R } {
  return { name, args };
}

/** THE contract: every channel between renderer and main is declared here and only here. */
export const contract = {
  getBriefing: channel<typeof noArgs, OpenBriefing>('briefing:get', noArgs),
  openBriefing: channel<typeof noArgs, OpenBriefing>('briefing:open', noArgs),
  exportPdf: channel<typeof exportRequestSchema, ExportDone>('pdf:export', exportRequestSchema)
};

/** Commands main sends to the page (from the application menu); the page acts on them. */
export const commandSchema = z.enum(['open', 'export', 'print', 'find', 'next-section', 'previous-section']);
export type Command = z.infer<typeof commandSchema>;
export const COMMAND_CHANNEL = 'app:command';

export type Contract = typeof contract;
export type ChannelKey = keyof Contract;
type ArgsOf<K extends ChannelKey> = z.input<Contract[K]['args']>;
type ParsedArgsOf<K extends ChannelKey> = z.output<Contract[K]['args']>;
export type ResultOf<K extends ChannelKey> = NonNullable<Contract[K]['result']>;

/** The object the preload exposes as `window.briefing`, derived from the contract. */
export type BriefingApi = {
  [K in ChannelKey]: (...args: ArgsOf<K> extends undefined ? [] : [ArgsOf<K>]) => Promise<Result<ResultOf<K>>>;
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: Command) => void): () => void;
};

export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/** What main implements for each channel; arguments arrive already validated. */
export type Services = {
  [K in ChannelKey]: (args: ParsedArgsOf<K>) => Promise<Result<ResultOf<K>>>;
};

export type Invoke = (channel: string, arg: unknown) => Promise<unknown>;

/** Builds `window.briefing` from the contract over any transport (Electron's ipcRenderer or the test bridge). */
export function createApi(invoke: Invoke, subscribe: Subscribe): BriefingApi {
  const api: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(contract)) {
    api[key] = (arg?: unknown) => invoke(def.name, arg);
  }
  api.onCommand = (listener: (command: Command) => void) =>
    subscribe(COMMAND_CHANNEL, (payload) => {
      const parsed = commandSchema.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    });
  return api as BriefingApi;
}

const byName = new Map<string, ChannelKey>(Object.entries(contract).map(([k, def]) => [def.name, k as ChannelKey]));

/** Validates a call's channel and argument, then calls the service; never throws. */
export async function dispatch(services: Services, channelName: string, arg: unknown): Promise<Result<unknown>> {
  const key = byName.get(channelName);
  if (!key) return { ok: false, error: `Unknown channel "${String(channelName).slice(0, 80)}"` };
  const parsed = contract[key].args.safeParse(arg);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'argument'}: ${i.message}`).join('; ');
    return { ok: false, error: `Invalid arguments for ${channelName}: ${detail}` };
  }
  try {
    const handler = services[key] as (a: unknown) => Promise<Result<unknown>>;
    return await handler(parsed.data);
  } catch (err) {
    return { ok: false, error: `${channelName} failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The channel names, for registering handlers. */
export const channelNames = Object.values(contract).map((c) => c.name);
