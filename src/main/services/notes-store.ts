// The reader's notes, one small JSON file per briefing under the app's user data. Saves are atomic and run one at a
// time, so the file always holds the last whole state: a crash or a full disk loses nothing already saved. A file
// that cannot be read is never overwritten: a damaged one is moved aside (and the reader told where); one that cannot
// be read at all (permissions) blocks saving until it can.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { jsonPath, type Problem } from '../../shared/briefing/validate';
import { emptyNotes, MAX_NOTE_LENGTH, notesFileSchema, type LoadedNotes, type NotesFile } from '../../shared/notes';
import { describeWriteError, writeFileAtomic } from './atomic-write';
import { parseJson } from './dataset';

/** Reads a notes file's text: the notes, or what is wrong and where (a JSON path), as for a dataset. */
export function parseNotesText(text: string): { ok: true; notes: NotesFile } | { ok: false; problems: Problem[] } {
  const json = parseJson(text);
  if (!json.ok) return json;
  const parsed = notesFileSchema.safeParse(json.data);
  if (parsed.success) return { ok: true, notes: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })) };
}

/** A timestamp safe in a file name on every OS, e.g. 20261202T171503Z. */
function fileStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** One briefing's notes file. */
export class BriefingNotes {
  #notes: NotesFile;
  #notice: string | undefined;
  /** Why saving is refused (the file exists but could not be read, so writing would lose it). */
  #blocked: string | undefined;
  #queue: Promise<void> = Promise.resolve();
  #pending = 0;

  constructor(
    readonly path: string,
    readonly briefingId: string,
    private readonly now: () => Date = () => new Date()
  ) {
    this.#notes = emptyNotes(briefingId, now());
  }

  get current(): LoadedNotes {
    return { sections: { ...this.#notes.sections }, updated: this.#notes.updated, notice: this.#notice };
  }

  get file(): NotesFile {
    return structuredClone(this.#notes);
  }

  /** Reads the file; missing means no notes yet; damaged means it is moved aside and the reader told. */
  async load(): Promise<LoadedNotes> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.#blocked = `Your notes file ${this.path} could not be read (${(err as Error).message}); notes are not saved until it can be.`;
        this.#notice = this.#blocked;
      }
      return this.current;
    }
    const parsed = parseNotesText(text);
    if (parsed.ok && parsed.notes.briefingId === this.briefingId) {
      this.#notes = parsed.notes;
      return this.current;
    }
    const why = parsed.ok
      ? `it is for the briefing "${parsed.notes.briefingId}"`
      : `${parsed.problems[0].path}: ${parsed.problems[0].message}`;
    const aside = `${this.path}.corrupt-${fileStamp(this.now())}`;
    try {
      await rename(this.path, aside);
      this.#notice = `Your notes file was damaged (${why}). It was kept as ${aside}; notes start afresh.`;
    } catch (err) {
      this.#blocked = `Your notes file ${this.path} is damaged (${why}) and could not be moved aside (${(err as Error).message}); notes are not saved until it is.`;
      this.#notice = this.#blocked;
    }
    return this.current;
  }

  /** Is a save under way (or queued)? */
  get writing(): boolean {
    return this.#pending > 0;
  }

  /** Settles once every save asked for so far has finished (or failed). */
  whenWritten(): Promise<void> {
    return this.#queue;
  }

  /** Sets one section's note (empty text removes it) and saves. */
  setNote(sectionId: string, text: string): Promise<LoadedNotes> {
    const sections = { ...this.#notes.sections };
    if (text.trim()) sections[sectionId] = text;
    else delete sections[sectionId];
    return this.replace(sections);
  }

  /** Replaces every note and saves; saves run in order, so the file always holds the latest whole state. */
  replace(sections: Record<string, string>): Promise<LoadedNotes> {
    if (this.#blocked) return Promise.reject(new Error(this.#blocked));
    const tooLong = Object.entries(sections).find(([, t]) => t.length > MAX_NOTE_LENGTH);
    if (tooLong) return Promise.reject(new Error(`The note for "${tooLong[0]}" is longer than ${MAX_NOTE_LENGTH} characters.`));
    this.#notes = notesFileSchema.parse({ ...this.#notes, sections, updated: this.now().toISOString() });
    const snapshot = JSON.stringify(this.#notes, null, 2);
    this.#pending++;
    const write = this.#queue.then(async () => {
      await mkdir(join(this.path, '..'), { recursive: true });
      await writeFileAtomic(this.path, snapshot);
    });
    this.#queue = write.catch(() => undefined).finally(() => this.#pending--);
    return write.then(
      () => this.current,
      (err: unknown) => {
        throw new Error(describeWriteError(err, this.path));
      }
    );
  }
}

/** Every briefing's notes under one folder, each file loaded once, the first time its briefing asks. */
export class NotesStore {
  #open = new Map<string, Promise<BriefingNotes>>();
  #loaded: BriefingNotes[] = [];

  constructor(
    readonly dir: string,
    private readonly now?: () => Date
  ) {}

  /**
   * The file for a briefing: its id (readable) and a hash of where it was opened from, so two copies of a dataset
   * with the same id, in two places, keep their own notes.
   */
  pathFor(briefingId: string, origin: string | undefined): string {
    const hash = createHash('sha256')
      .update(origin ?? '(embedded)')
      .digest('hex')
      .slice(0, 12);
    const name = briefingId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60);
    return join(this.dir, `${name}-${hash}.json`);
  }

  for(briefingId: string, origin: string | undefined): Promise<BriefingNotes> {
    const path = this.pathFor(briefingId, origin);
    let found = this.#open.get(path);
    if (!found) {
      const notes = new BriefingNotes(path, briefingId, this.now);
      this.#loaded.push(notes);
      found = notes.load().then(() => notes);
      this.#open.set(path, found);
    }
    return found;
  }

  get writing(): boolean {
    return this.#loaded.some((n) => n.writing);
  }

  async whenWritten(): Promise<void> {
    await Promise.all(this.#loaded.map((n) => n.whenWritten()));
  }
}
