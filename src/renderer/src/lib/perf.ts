const drawn = new Map<string, Set<string>>();

/** Marks `section-drawn:<id>` once every chart of a section has drawn, for the benchmark and tests; true then. */
export function markFiguresDrawn(sectionId: string, figureId: string, total: number): boolean {
  const set = drawn.get(sectionId) ?? new Set<string>();
  set.add(figureId);
  drawn.set(sectionId, set);
  if (set.size === total) {
    performance.mark(`section-drawn:${sectionId}`);
    set.clear();
    return true;
  }
  return false;
}
