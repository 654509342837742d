// The meeting pack as the app remembers it: one per briefing (settings.packs, by the briefing's id), plus the single
// pack of older settings files. The open briefing's pack is what Print prints and the Export dialog starts from.
// A remembered pack is trimmed to what the briefing still has (shared/pack-memory.ts), and the reader told.
import type { Briefing } from '../../../shared/briefing/schema';
import type { ExportRequest } from '../../../shared/ipc';
import { rememberPack, trimPack } from '../../../shared/pack-memory';
import type { Settings } from '../../../shared/settings';
import { ui } from './lang.svelte';

export class PackState {
  /** The open briefing's pack, trimmed to what it has; undefined until one is exported or printed. */
  current = $state<ExportRequest | undefined>(undefined);
  /** What trimming the open briefing's pack dropped, as a sentence; null when nothing was. */
  notice: string | null = null;
  // Not shown: plain fields on purpose.
  #packs: Record<string, ExportRequest> = {};
  #legacy: ExportRequest | undefined;

  /** Takes the packs from the settings read at start-up. */
  restore(settings: Pick<Settings, 'packs' | 'lastExport'>): void {
    this.#packs = settings.packs;
    this.#legacy = settings.lastExport;
  }

  /** A briefing was opened: its pack becomes the current one. Returns the trimming notice, if any. */
  opened(briefing: Briefing): string | null {
    const remembered = this.#packs[briefing.id] ?? this.#legacy;
    const trimmed = remembered ? trimPack(remembered, briefing) : undefined;
    this.current = trimmed?.request;
    this.notice = trimmed?.dropped.length ? ui.t('notice.packTrimmed', { dropped: trimmed.dropped.join('; ') }) : null;
    return this.notice;
  }

  /** The pack was exported or printed: it is the briefing's pack now, saved in the settings. */
  async remember(briefing: Briefing | null | undefined, request: ExportRequest): Promise<void> {
    this.current = request;
    if (!briefing) return;
    this.#packs = rememberPack(this.#packs, briefing.id, request);
    await window.briefing.updateSettings({ packs: this.#packs });
  }

  /**
   * Print (the menu, Ctrl/Cmd+P, the masthead) prints the current pack as Export would make it: main builds its PDF
   * and prints that. Without one, the full briefing on A4. Returns what to tell the reader (null: cancelled).
   */
  async print(): Promise<string | null> {
    const result = await window.briefing.printPdf(this.current ?? { kind: 'briefing', paper: 'a4' });
    if (result.ok) return result.value.pages === 1 ? ui.t('notice.printedOne') : ui.t('notice.printedMany', { count: result.value.pages });
    return result.cancelled ? null : result.error;
  }
}
