import { createContext } from 'svelte';
import type { Briefing } from '../../../shared/briefing/schema';
import type { JumpTarget } from '../lib/jump';
import type { NotesState } from './notes.svelte';

/**
 * What every component under the app reads without its parents handing it down: the open briefing, the theme in
 * effect, the reader's notes and the way to go to a place in the briefing. Getters, so a component reading them stays reactive when
 * another file is opened or the theme changes.
 */
export interface ReaderContext {
  readonly briefing: Briefing;
  /** The dark theme is in effect: charts pick their palette by it. */
  readonly dark: boolean;
  /** The reader's own notes on the open briefing, per section. */
  readonly notes: NotesState;
  /** Opens a section (or the glossary) at a place and highlights it. */
  jump(target: JumpTarget): void;
}

export const [readerContext, setReaderContext] = createContext<ReaderContext>();
