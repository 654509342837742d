/**
 * Text zoom of the whole page (CSS zoom on the app, through --zoom): the one place it is kept. Charts read it to draw
 * their canvas sharp at that scale; the tab cache listens, as every mounted chart must be drawn again.
 */
const STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];
const MIN = STEPS[0];
const MAX = STEPS[STEPS.length - 1];

class ZoomState {
  #value = $state(1);
  readonly #listeners = new Set<(value: number) => void>();

  get current(): number {
    return this.#value;
  }

  /** Sets the zoom (clamped to 80–200%, to the percent) without telling anyone: for the value the settings held. */
  restore(value: number): void {
    this.#value = Math.min(MAX, Math.max(MIN, Math.round(value * 100) / 100));
    document.documentElement.style.setProperty('--zoom', String(this.#value));
  }

  /** The reader changed it: apply, then tell the listeners (saving it, redrawing charts). */
  set(value: number): void {
    const before = this.#value;
    this.restore(value);
    if (this.#value !== before) for (const listener of this.#listeners) listener(this.#value);
  }

  /** One step up or down the ladder of sizes, from wherever the zoom is now (it may sit between two steps). */
  step(direction: 1 | -1): void {
    const z = this.#value;
    const i = STEPS.findIndex((s) => s >= z - 0.001);
    const at = i < 0 ? STEPS.length - 1 : i;
    const to = STEPS[at] > z + 0.001 && direction < 0 ? at - 1 : at + direction;
    this.set(STEPS[Math.min(STEPS.length - 1, Math.max(0, to))]);
  }

  /** Calls `listener` after each change the reader makes; returns the way to stop. */
  onChange(listener: (value: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

export const zoom = new ZoomState();
