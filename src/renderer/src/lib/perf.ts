const drawn = new Map<string, Set<string>>();

/** Marks `section-drawn:<id>`: the section is on screen with every chart it has. For the benchmark and tests. */
export function markSectionDrawn(sectionId: string): void {
  drawn.get(sectionId)?.clear();
  performance.mark(`section-drawn:${sectionId}`);
}

/** Marks `section-drawn:<id>` once every chart of a section has drawn; true then. */
export function markFiguresDrawn(sectionId: string, figureId: string, total: number): boolean {
  const set = drawn.get(sectionId) ?? new Set<string>();
  set.add(figureId);
  drawn.set(sectionId, set);
  if (set.size < total) return false;
  markSectionDrawn(sectionId);
  return true;
}
