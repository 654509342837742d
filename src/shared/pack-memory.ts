// The meeting pack remembered per briefing (settings.packs, keyed by the briefing's id): what the composer chose last
// for it. A briefing can change between runs (a newer dataset file, sections renamed), so a remembered pack is
// trimmed to what the open briefing still has before it is used, and the reader told what was dropped.
import { companyProfiles } from './briefing/companies';
import { keyFiguresWithIds } from './briefing/key-figures';
import type { Briefing } from './briefing/schema';
import type { ExportRequest } from './export-request';

/** Packs kept at most: the briefings opened last (a settings file does not grow without end). */
export const MAX_REMEMBERED_PACKS = 30;

export interface TrimmedPack {
  request: ExportRequest;
  /** What the pack named that the briefing no longer has, in words; empty when nothing was dropped. */
  dropped: string[];
}

const quoted = (ids: string[]): string => ids.map((id) => `“${id}”`).join(', ');

/** The remembered pack with every id the briefing no longer has left out (never an error). */
export function trimPack(request: ExportRequest, briefing: Briefing): TrimmedPack {
  const dropped: string[] = [];
  const known = new Set(briefing.sections.map((s) => s.id));
  let sections = request.sections?.filter((id, i, all) => known.has(id) && all.indexOf(id) === i);
  const goneSections = request.sections?.filter((id) => !known.has(id)) ?? [];
  if (goneSections.length) dropped.push(`sections ${quoted(goneSections)}`);
  if (sections && sections.length === 0) sections = undefined;
  const chosen = new Set(sections ?? known);
  const inPack = briefing.sections.filter((s) => chosen.has(s.id));
  const figures = new Set(inPack.flatMap((s) => s.figures.map((f) => f.id)));
  const numbers = new Set(inPack.flatMap((s) => keyFiguresWithIds(s).map((k) => k.id)));
  const keep = (ids: string[] | undefined, have: Set<string>, what: string): string[] | undefined => {
    if (!ids) return undefined;
    const gone = ids.filter((id) => !have.has(id));
    if (gone.length) dropped.push(`${what} ${quoted(gone)}`);
    return ids.filter((id) => have.has(id));
  };
  const handoutFigures = keep(request.handoutFigures, figures, 'handout figures');
  const handoutNumbers = keep(request.handoutNumbers, numbers, 'handout numbers');
  let { company, kind } = request;
  if (company && !companyProfiles(briefing).some((c) => c.id === company)) {
    dropped.push(`the company profile “${company}”`);
    company = undefined;
    if (kind === 'company') kind = 'briefing';
  }
  // Notes are never remembered in a pack (the notes store keeps them); only whether to include them.
  const { notes: _notes, ...rest } = request;
  return { request: { ...rest, kind, company, sections, handoutFigures, handoutNumbers }, dropped };
}

/** The packs with this briefing's pack put first, the oldest beyond the limit dropped. */
export function rememberPack(
  packs: Record<string, ExportRequest>,
  briefingId: string,
  request: ExportRequest
): Record<string, ExportRequest> {
  const { notes: _notes, ...pack } = request;
  const others = Object.entries(packs).filter(([id]) => id !== briefingId);
  return Object.fromEntries([[briefingId, pack], ...others].slice(0, MAX_REMEMBERED_PACKS));
}
