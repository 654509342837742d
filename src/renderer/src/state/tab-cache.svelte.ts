import { tick } from 'svelte';
import type { FigureModel } from '../../../shared/briefing/figures';
import { DrawnFigures, markSectionDrawn } from '../lib/perf';
import { GLOSSARY_TAB, type TabItem } from '../lib/tabs';

/** What the cache needs to know of the app: the tabs, the open one, and each section's figures. */
export interface TabSource {
  readonly items: TabItem[];
  readonly activeId: string | null;
  figuresOf(sectionId: string): FigureModel[];
}

/** Called as the cache builds tabs: so the app can load the typeface's pieces a tab draws with, ahead of drawing. */
export interface TabHooks {
  /** A tab is about to be built or shown. */
  willBuild(sectionId: string): void;
  /** The open tab is on screen with all its charts (once per opening). */
  shown(sectionId: string): void;
}

/** At most this many tabs stay mounted: the open one, the one open before it, and the next one built ahead. */
const MOUNTED = 3;

/**
 * The tabs kept mounted, so that switching back or to the next tab only has to show it. The next tab is built ahead
 * in idle time; a tab the pointer rests on is built then; tabs beyond MOUNTED are taken down in idle time, out of the
 * click's task. A hidden tab keeps the width it was laid out at, so resizing the window redraws only the open tab's
 * charts. Nothing here runs from an effect: the app calls opened(), prepare(), figureDrawn() and invalidate().
 */
export class TabCache {
  /** Ids of the mounted tabs, oldest first. */
  mounted = $state<string[]>([]);
  /** The width (px) each hidden tab keeps. A tab shown at a new width redraws its charts once. */
  hiddenWidth = $state<Record<string, number>>({});

  readonly #source: TabSource;
  readonly #hooks: TabHooks;
  readonly #drawn = new DrawnFigures();
  /** The tab whose opening has been marked drawn (the mark comes once per opening). */
  #markedFor: string | null = null;
  #aheadIdle = 0;
  #trimIdle = 0;
  /** The open tab's panel, registered by the panel itself: its width is what a tab left or built ahead keeps. */
  #shownPanel: { id: string; el: HTMLElement } | null = null;

  constructor(source: TabSource, hooks: TabHooks) {
    this.#source = source;
    this.#hooks = hooks;
  }

  /** Another briefing is open: nothing of the old one stays. */
  reset(): void {
    cancelIdleCallback(this.#aheadIdle);
    cancelIdleCallback(this.#trimIdle);
    this.mounted = [];
    this.hiddenWidth = {};
    this.#drawn.clear();
    this.#markedFor = null;
  }

  /** The panel showing tab `id` is in the DOM (or, with null, left it). */
  registerShown(id: string, el: HTMLElement | null): void {
    if (el) this.#shownPanel = { id, el };
    else if (this.#shownPanel?.id === id) this.#shownPanel = null;
  }

  /** A tab was opened: mount it if it is not, and mark it drawn at once if it was built ahead with all its charts. */
  opened(id: string | undefined): void {
    if (!id) return;
    const left = this.#shownWidth();
    if (left && left.id !== id) this.hiddenWidth[left.id] = left.width;
    delete this.hiddenWidth[id];
    this.#markedFor = null;
    this.#hooks.willBuild(id);
    this.#keepMounted(id);
    void tick().then(() => {
      if (id !== this.#source.activeId || !this.#allDrawn(id)) return;
      // Lay it out before the mark, as a section built now is laid out before its charts draw.
      void document.body.offsetHeight;
      this.#sectionShown(id);
    });
  }

  /** The pointer rests on a tab: build it now, hidden, so that the click likely to follow only has to show it. */
  prepare(id: string | undefined): void {
    if (!id || !this.#buildsHidden(id)) return;
    this.#hooks.willBuild(id);
    this.#keepMounted(id);
  }

  /** A chart of a mounted section has drawn. */
  figureDrawn(sectionId: string, figureId: string): void {
    this.#drawn.add(sectionId, figureId);
    if (sectionId === this.#source.activeId && this.#allDrawn(sectionId)) this.#sectionShown(sectionId);
  }

  /** The theme or the text size changed, which redraws every mounted chart: keep only the open tab, build ahead again. */
  invalidate(): void {
    if (this.mounted.length <= 1) return;
    const open = this.#source.activeId;
    for (const id of this.mounted) if (id !== open) this.#drawn.forget(id);
    this.mounted = this.mounted.filter((id) => id === open);
    this.hiddenWidth = {};
    this.#buildAhead();
  }

  #shownWidth(): { id: string; width: number } | null {
    const shown = this.#shownPanel;
    return shown?.el.isConnected ? { id: shown.id, width: shown.el.getBoundingClientRect().width } : null;
  }

  #allDrawn(id: string): boolean {
    return this.#drawn.all(id, this.#source.figuresOf(id).length);
  }

  /** A tab that may be built hidden, ahead of being opened: a section's tab (never the glossary), not mounted yet. */
  #buildsHidden(id: string): boolean {
    return id !== GLOSSARY_TAB && !this.mounted.includes(id);
  }

  #keepMounted(id: string): void {
    if (this.mounted.includes(id)) return;
    const shown = id === this.#source.activeId ? null : this.#shownWidth();
    if (shown) this.hiddenWidth[id] = shown.width;
    this.mounted = [...this.mounted, id];
    if (this.mounted.length <= MOUNTED) return;
    // Taking a tab down (its charts and DOM, ~5 ms) waits for idle time, out of the task that builds the new one.
    cancelIdleCallback(this.#trimIdle);
    this.#trimIdle = requestIdleCallback(() => this.#trim(), { timeout: 500 });
  }

  /** Drops the tabs mounted longest ago, down to MOUNTED, keeping the open one and the one mounted last. */
  #trim(): void {
    const open = this.#source.activeId;
    const next = [...this.mounted];
    while (next.length > MOUNTED) {
      const drop = next.findIndex((m) => m !== open && m !== next.at(-1));
      this.#drawn.forget(next[drop]);
      delete this.hiddenWidth[next[drop]];
      next.splice(drop, 1);
    }
    this.mounted = next;
  }

  /** The open section is on screen with all its charts: mark it, then use idle time for the next tab. */
  #sectionShown(id: string): void {
    if (this.#markedFor === id) return;
    this.#markedFor = id;
    markSectionDrawn(id);
    this.#hooks.shown(id);
    this.#buildAhead();
  }

  /** In idle time, builds the tab after the open one (or the one before), unless it is mounted already. */
  #buildAhead(): void {
    cancelIdleCallback(this.#aheadIdle);
    this.#aheadIdle = requestIdleCallback(() => {
      const { items, activeId } = this.#source;
      const at = items.findIndex((t) => t.id === activeId);
      const next = [items[at + 1], items[at - 1]].find((t) => t && this.#buildsHidden(t.id));
      if (next) this.#keepMounted(next.id);
    });
  }
}
