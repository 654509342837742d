import { allFigureModels, figuresBySection, type FigureModel } from '../../../shared/briefing/figures';
import { buildSearchIndex } from '../../../shared/briefing/search';
import type { OpenBriefing } from '../../../shared/ipc';
import { localize } from '../../../shared/briefing/localize';
import { tabItems } from '../lib/tabs';
import { ui } from './lang.svelte';

/**
 * The open briefing and which tab is open, with what follows from them (tabs, figure models, search index). The
 * briefing is held raw: it is replaced whole when another file opens, never changed in place, so a deep proxy over
 * a few thousand objects would cost without giving anything.
 */
export class BriefingView {
  open = $state.raw<OpenBriefing | null>(null);
  /** Index of the open tab in `items`. */
  active = $state(0);

  /** The briefing in the interface's language: its Korean text where the dataset has it, English elsewhere. */
  readonly briefing = $derived(this.open ? localize(this.open.briefing, ui.current) : null);
  readonly figures = $derived(this.briefing ? allFigureModels(this.briefing) : []);
  readonly items = $derived(this.briefing ? tabItems(this.briefing, ui.t) : []);
  readonly activeId = $derived(this.items[this.active]?.id ?? null);
  // Built from the dataset as stored, with its translations: both languages are searched whatever the interface's.
  readonly searchIndex = $derived(this.open ? buildSearchIndex(this.open.briefing, ui.current) : []);
  readonly #bySection = $derived(figuresBySection(this.figures));

  /** The figure models of a section, in order (none for the glossary). */
  figuresOf(sectionId: string | undefined): FigureModel[] {
    return (sectionId && this.#bySection.get(sectionId)) || [];
  }

  /** The index of a tab by id, clamped into range (0 when unknown). */
  indexOf(tabId: string | undefined): number {
    return Math.max(
      0,
      this.items.findIndex((t) => t.id === tabId)
    );
  }
}
