import type { KeyFigure, Section } from './schema';

/**
 * The id of a key figure, by which the handout's key numbers are chosen (ExportRequest.handoutNumbers):
 * its own `id` when the dataset gives one, else `<sectionId>-kf-<n>`, n its position in the section from 1.
 * The derived id changes if key figures are reordered; give one an `id` to keep a saved choice stable.
 */
export function keyFigureId(section: Pick<Section, 'id'>, figure: Pick<KeyFigure, 'id'>, index: number): string {
  return figure.id ?? `${section.id}-kf-${index + 1}`;
}

/** A section's key figures with their ids, in section order. */
export function keyFiguresWithIds(section: Section): { id: string; figure: KeyFigure; section: Section }[] {
  return section.keyFigures.map((figure, i) => ({ id: keyFigureId(section, figure, i), figure, section }));
}
