import { readFile } from 'node:fs/promises';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/settings';
import { describeWriteError, writeFileAtomic } from './atomic-write';

/** Settings in a small JSON file, written atomically and one write at a time. */
export class SettingsStore {
  #settings: Settings = DEFAULT_SETTINGS;
  #notice: string | undefined;
  #queue: Promise<void> = Promise.resolve();
  #pending = 0;

  /** Told after every change (main rebuilds the menu when the language changes). */
  onChange: ((settings: Settings) => void) | undefined;

  constructor(readonly path: string) {}

  get current(): Settings {
    return this.#settings;
  }

  get notice(): string | undefined {
    return this.#notice;
  }

  /** Reads the file; a missing one means defaults, a corrupt or unreadable one means defaults and a notice. */
  async load(): Promise<Settings> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
        this.#notice = `Your settings could not be read (${(err as Error).message}); defaults are in use.`;
      return this.#settings;
    }
    try {
      const data: unknown = JSON.parse(text);
      if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object');
      this.#settings = settingsSchema.parse(data);
    } catch {
      this.#notice = 'Your settings file was damaged, so the defaults are in use; it will be replaced when a setting changes.';
    }
    return this.#settings;
  }

  /** Is a save under way (or queued)? */
  get writing(): boolean {
    return this.#pending > 0;
  }

  /** Settles once every save asked for so far has finished (or failed), e.g. so that quitting cannot cut one short. */
  whenWritten(): Promise<void> {
    return this.#queue;
  }

  /** Applies a change and saves; saves run in order, so the file always holds the latest whole state. */
  update(patch: Partial<Settings>): Promise<Settings> {
    this.#settings = settingsSchema.parse({ ...this.#settings, ...patch });
    this.onChange?.(this.#settings);
    const snapshot = JSON.stringify(this.#settings, null, 2);
    this.#pending++;
    const write = this.#queue.then(() => writeFileAtomic(this.path, snapshot));
    this.#queue = write.catch(() => undefined).finally(() => this.#pending--);
    return write.then(
      () => this.#settings,
      (err: unknown) => {
        throw new Error(describeWriteError(err, this.path));
      }
    );
  }
}
