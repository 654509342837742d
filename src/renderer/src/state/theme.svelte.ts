export type ThemeChoice = 'system' | 'light' | 'dark';

/** The colour theme: the OS setting unless the reader overrides it. Sets data-theme on the root as it changes. */
export class ThemeState {
  #choice = $state<ThemeChoice>('system');
  #systemDark = $state(false);
  readonly #onChange: () => void;

  /** `onChange` runs after the theme in effect changed (the reader's choice, or the OS switching light/dark). */
  constructor(onChange: () => void = () => {}) {
    this.#onChange = onChange;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    this.#systemDark = query.matches;
    query.addEventListener('change', (e) => this.#update(() => (this.#systemDark = e.matches)));
    this.#apply();
  }

  get choice(): ThemeChoice {
    return this.#choice;
  }

  set choice(value: ThemeChoice) {
    this.#update(() => (this.#choice = value));
  }

  /** The theme in effect. */
  get current(): 'light' | 'dark' {
    return this.#choice === 'system' ? (this.#systemDark ? 'dark' : 'light') : this.#choice;
  }

  #update(change: () => void): void {
    const before = this.current;
    change();
    this.#apply();
    if (this.current !== before) this.#onChange();
  }

  #apply(): void {
    document.documentElement.dataset.theme = this.current;
  }
}
