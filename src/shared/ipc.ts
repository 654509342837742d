import { z } from 'zod';
import type { Briefing } from './briefing/schema';
import type { Problem } from './briefing/validate';
import { exportRequestSchema, type ExportRequest } from './export-request';
import { importNotesSchema, saveNoteSchema, type ImportedNotes, type LoadedNotes, type NoteSaved } from './notes';
import { CHANNELS, COMMAND_CHANNEL, type Command } from './ipc-names';
import type { Lang } from './i18n/lang';
import { settingsPatchSchema, type Settings } from './settings';

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
  /** A sentence naming the characters the PDF typeface cannot draw and where the first is; absent when there are none. */
  undrawable?: string;
}

/** Every call answers with a result, never a thrown error, so messages survive the IPC hop intact. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; problems?: Problem[]; cancelled?: boolean };

export { exportRequestSchema, type ExportRequest };

export interface ExportDone {
  path: string;
  bytes: number;
  /** What the export left out or could not do, for the reader, e.g. "Left out for room: key number …" (handout). */
  warnings?: string[];
}

/** The handout as the composer previews it: the very PDF an export of the same request makes, not saved anywhere. */
export interface HandoutPreview {
  /** The PDF, base64 (both shells carry it as text). */
  pdfBase64: string;
  pages: number;
  /** What the fitter left out, as ExportDone.warnings says it. */
  warnings: string[];
  /** The key numbers and figures on the handout, by id, in order. */
  placed: { numbers: string[]; figures: string[] };
  /** Time main took to build the PDF, in milliseconds. */
  buildMs: number;
}

export interface PrintDone {
  /** Pages sent to the print dialog: the exported PDF's. */
  pages: number;
  /** As ExportDone's: what the pack left out. */
  warnings?: string[];
}

export const revealRequestSchema = z.strictObject({
  path: z.string().min(1).max(4096),
  action: z.enum(['show', 'open'])
});
export type RevealRequest = z.infer<typeof revealRequestSchema>;

const figureId = z.string().min(1).max(64);
export const saveFigureSchema = z.discriminatedUnion('format', [
  z.strictObject({ format: z.literal('csv'), figureId }),
  // The PNG is drawn by chart.js in the page; main checks it is a PNG before writing it.
  z.strictObject({ format: z.literal('png'), figureId, pngBase64: z.string().min(1).max(48_000_000) })
]);
export type SaveFigureRequest = z.infer<typeof saveFigureSchema>;

const urlArgs = z.strictObject({ url: z.string().min(1).max(2000) });
const textArgs = z.strictObject({ text: z.string().min(1).max(100_000) });
const noArgs = z.undefined();

export interface LoadedSettings {
  settings: Settings;
  /** Set when the settings file could not be read and defaults are in use. */
  notice?: string;
  /** The language the system prefers, of those the app speaks: the interface's until the reader picks one. */
  systemLang: Lang;
}

/** Declares one channel: its name, its argument schema and (as a type only) its result. */
function channel<A extends z.ZodType, R>(name: string, args: A): { name: string; args: A; result?: R } {
  return { name, args };
}

/** THE contract: every channel between renderer and main is declared here and only here. */
export const contract = {
  getBriefing: channel<typeof noArgs, OpenBriefing>(CHANNELS.getBriefing, noArgs),
  openBriefing: channel<typeof noArgs, OpenBriefing>(CHANNELS.openBriefing, noArgs),
  exportPdf: channel<typeof exportRequestSchema, ExportDone>(CHANNELS.exportPdf, exportRequestSchema),
  /** Builds the handout for a request (its kind is taken as "handout") without saving it, for the composer's preview. */
  previewHandout: channel<typeof exportRequestSchema, HandoutPreview>(CHANNELS.previewHandout, exportRequestSchema),
  /** Prints the PDF exportPdf would make for this request (the same pages), through the system print dialog. */
  printPdf: channel<typeof exportRequestSchema, PrintDone>(CHANNELS.printPdf, exportRequestSchema),
  saveFigure: channel<typeof saveFigureSchema, ExportDone>(CHANNELS.saveFigure, saveFigureSchema),
  /** Opens a source's web page in the system browser: http or https, and only URLs the briefing cites. */
  openSource: channel<typeof urlArgs, null>(CHANNELS.openSource, urlArgs),
  copyText: channel<typeof textArgs, null>(CHANNELS.copyText, textArgs),
  getSettings: channel<typeof noArgs, LoadedSettings>(CHANNELS.getSettings, noArgs),
  updateSettings: channel<typeof settingsPatchSchema, Settings>(CHANNELS.updateSettings, settingsPatchSchema),
  /** Shows or opens a file this session exported (and only such a file). */
  revealFile: channel<typeof revealRequestSchema, null>(CHANNELS.revealFile, revealRequestSchema),
  /** The reader's own notes for the open briefing (never part of the dataset, never given a source number). */
  getNotes: channel<typeof noArgs, LoadedNotes>(CHANNELS.getNotes, noArgs),
  /** Saves one section's note (empty text removes it). */
  saveNote: channel<typeof saveNoteSchema, NoteSaved>(CHANNELS.saveNote, saveNoteSchema),
  /** Writes the open briefing's notes to a file the reader chooses. */
  exportNotes: channel<typeof noArgs, ExportDone>(CHANNELS.exportNotes, noArgs),
  /** Reads a notes file the reader chooses, merged with or replacing the notes there. */
  importNotes: channel<typeof importNotesSchema, ImportedNotes>(CHANNELS.importNotes, importNotesSchema)
};

// The names module and the contract must list the same channels (a compile-time check, both ways).
const _sameKeys: [Record<keyof typeof CHANNELS, unknown>, Record<keyof typeof contract, unknown>] = [contract, CHANNELS];
void _sameKeys;

export { COMMAND_CHANNEL, type Command };

export type Contract = typeof contract;
export type ChannelKey = keyof Contract;
type ArgsOf<K extends ChannelKey> = z.input<Contract[K]['args']>;
type ParsedArgsOf<K extends ChannelKey> = z.output<Contract[K]['args']>;
export type ResultOf<K extends ChannelKey> = Exclude<Contract[K]['result'], undefined>;

/** The object the preload exposes as `window.briefing`, derived from the contract. */
export type BriefingApi = {
  [K in ChannelKey]: (...args: ArgsOf<K> extends undefined ? [] : [ArgsOf<K>]) => Promise<Result<ResultOf<K>>>;
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: Command) => void): () => void;
};

/** What main implements for each channel; arguments arrive already validated. */
export type Services = {
  [K in ChannelKey]: (args: ParsedArgsOf<K>) => Promise<Result<ResultOf<K>>>;
};

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
