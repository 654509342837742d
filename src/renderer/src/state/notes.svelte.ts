// The reader's own notes on the open briefing, as the page edits them. Main keeps them (notes-store.ts: atomic,
// per briefing); here they are held while typed and saved a moment after the typing stops, and at once when the
// editor or the window loses focus, before an export or a print, and as the page goes away (quit, reload). A failed
// save keeps the text on screen, says why, and is tried again with the next change or flush.

/** How long typing may pause before the note is saved. */
export const SAVE_DELAY_MS = 700;

export type NoteStatus = 'saved' | 'unsaved' | 'saving' | 'failed';

export class NotesState {
  /** Section id → the note's text, as on screen. */
  sections = $state<Record<string, string>>({});
  status = $state<Record<string, NoteStatus>>({});
  /** Why the last save of a section failed. */
  errors = $state<Record<string, string>>({});
  /** Notes cannot be kept here (the headless harness without a notes folder), or the file could not be read. */
  notice = $state<string | null>(null);
  available = $state(true);
  // Bookkeeping, not shown: plain maps on purpose.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #saving = new Map<string, Promise<void>>();

  /** Reads the open briefing's notes (after any pending ones of the briefing before are saved). */
  async load(): Promise<void> {
    await this.flush();
    const result = await window.briefing.getNotes();
    this.status = {};
    this.errors = {};
    if (result.ok) {
      this.available = true;
      this.sections = result.value.sections;
      this.notice = result.value.notice ?? null;
    } else {
      this.available = false;
      this.sections = {};
      this.notice = result.error;
    }
  }

  /** The reader typed: keep the text, save it once typing pauses. */
  edit(sectionId: string, text: string): void {
    this.sections[sectionId] = text;
    this.status[sectionId] = 'unsaved';
    clearTimeout(this.#timers.get(sectionId));
    this.#timers.set(
      sectionId,
      setTimeout(() => void this.save(sectionId), SAVE_DELAY_MS)
    );
  }

  /** Saves every note not saved yet, now; resolves when main has them. */
  async flush(): Promise<void> {
    const pending = Object.keys(this.status).filter((id) => this.status[id] === 'unsaved' || this.status[id] === 'failed');
    await Promise.all([...pending.map((id) => this.save(id)), ...this.#saving.values()]);
  }

  /** Sections with a note worth printing. */
  get withText(): string[] {
    return Object.keys(this.sections).filter((id) => this.sections[id].trim() !== '');
  }

  async save(sectionId: string): Promise<void> {
    clearTimeout(this.#timers.get(sectionId));
    this.#timers.delete(sectionId);
    // One save of a section at a time, in order: the later text always lands last.
    const before = this.#saving.get(sectionId) ?? Promise.resolve();
    const run = before.then(async () => {
      if (this.status[sectionId] === 'saved') return;
      const text = this.sections[sectionId] ?? '';
      this.status[sectionId] = 'saving';
      const result = await window.briefing.saveNote({ sectionId, text });
      // Typed on while it saved: the newer text is saved by its own timer.
      if (this.sections[sectionId] !== text) {
        this.status[sectionId] = 'unsaved';
        return;
      }
      if (result.ok) {
        this.status[sectionId] = 'saved';
        delete this.errors[sectionId];
      } else {
        this.status[sectionId] = 'failed';
        this.errors[sectionId] = result.error;
      }
    });
    this.#saving.set(sectionId, run);
    await run;
    if (this.#saving.get(sectionId) === run) this.#saving.delete(sectionId);
  }
}
