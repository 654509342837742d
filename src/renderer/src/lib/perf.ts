const drawn = new Map<string, Set<string>>();

/** Marks `section-drawn:<id>` once every chart of a section has drawn, for the benchmark and tests. */
export function markFiguresDrawn(sectionId: string, figureId: string, total: number): void {
  const set = drawn.get(sectionId) ?? new Set<string>();
  set.add(figureId);
  drawn.set(sectionId, set);
  if (set.size === total) {
    performance.mark(`section-drawn:${sectionId}`);
    set.clear();
  }
}
