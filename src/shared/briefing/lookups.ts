import { citationMark, citedSourceIds, numberSources } from './numbering';
import type { Briefing, Company, Section, Source } from './schema';

// Dates are written in one place (dates.ts); kept importable from here for the components that already do.
export { readableDate } from './dates';

/** Reference numbers of the sources, briefing-wide (see numbering.ts): id → number. */
export function sourceNumbers(briefing: Briefing): Map<string, number> {
  return numberSources(briefing).asMap();
}

/** "[1, 4]" for a list of source ids, in number order. */
export function citation(ids: readonly string[], numbers: ReadonlyMap<string, number>): string {
  return citationMark(ids.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined));
}

/** The companies listed under a section. */
export function sectionCompanies(briefing: Briefing, section: Section): Company[] {
  return (briefing.companies ?? []).filter((c) => c.section === section.id);
}

/** Every source a section cites, its companies' included, in reference-number order. */
export function sectionSources(briefing: Briefing, section: Section): Source[] {
  const ids = citedSourceIds([section], sectionCompanies(briefing, section));
  return numberSources(briefing)
    .entries(ids)
    .map((e) => e.source);
}
