export type ThemeChoice = 'system' | 'light' | 'dark';

/** The colour theme: the OS setting unless the reader overrides it. */
export class ThemeState {
  #choice = $state<ThemeChoice>('system');
  #systemDark = $state(false);

  constructor() {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    this.#systemDark = query.matches;
    query.addEventListener('change', (e) => (this.#systemDark = e.matches));
  }

  get choice(): ThemeChoice {
    return this.#choice;
  }

  set choice(value: ThemeChoice) {
    this.#choice = value;
  }

  /** The theme in effect. */
  get current(): 'light' | 'dark' {
    return this.#choice === 'system' ? (this.#systemDark ? 'dark' : 'light') : this.#choice;
  }
}
