/** Text zoom of the whole page (CSS zoom); charts read it to draw their canvas sharp at that scale. */
class ZoomState {
  #value = $state(1);

  get current(): number {
    return this.#value;
  }

  set current(value: number) {
    this.#value = value;
  }
}

export const zoom = new ZoomState();
