/** Marks `section-drawn:<id>`: the section is on screen with every chart it has. For the benchmark and tests. */
export function markSectionDrawn(sectionId: string): void {
  performance.mark(`section-drawn:${sectionId}`);
}

/** Which figures of each mounted section have drawn; a figure drawn again (new theme, new size) counts once. */
export class DrawnFigures {
  readonly #by = new Map<string, Set<string>>();

  add(sectionId: string, figureId: string): void {
    const set = this.#by.get(sectionId) ?? new Set<string>();
    set.add(figureId);
    this.#by.set(sectionId, set);
  }

  /** True once `total` different figures of the section have drawn (at once for a section without figures). */
  all(sectionId: string, total: number): boolean {
    return (this.#by.get(sectionId)?.size ?? 0) >= total;
  }

  /** The section was unmounted: its charts will draw again when it is built again. */
  forget(sectionId: string): void {
    this.#by.delete(sectionId);
  }

  clear(): void {
    this.#by.clear();
  }
}
