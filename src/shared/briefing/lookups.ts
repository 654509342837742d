import type { Briefing, Company, Section, Source } from './schema';

// Dates are written in one place (dates.ts); kept importable from here for the components that already do.
export { readableDate } from './dates';

/** Reference numbers of the sources: their 1-based order in the dataset. */
export function sourceNumbers(briefing: Briefing): Map<string, number> {
  return new Map(briefing.sources.map((s, i) => [s.id, i + 1]));
}

/** "[1, 4]" for a list of source ids, in number order. */
export function citation(ids: readonly string[], numbers: ReadonlyMap<string, number>): string {
  const ns = [...new Set(ids.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
  return ns.length ? `[${ns.join(', ')}]` : '';
}

/** The companies listed under a section. */
export function sectionCompanies(briefing: Briefing, section: Section): Company[] {
  return (briefing.companies ?? []).filter((c) => c.section === section.id);
}

/** Ids of every source the given sections cite (text, tiles, facts and their checks, figures and timeline events), plus any extra items' sources. */
export function citedSourceIds(sections: readonly Section[], extra: readonly { sources?: readonly string[] }[] = []): Set<string> {
  const ids = new Set<string>();
  const add = (list: readonly string[] | undefined): void => list?.forEach((id) => ids.add(id));
  for (const section of sections) {
    section.takeaways.forEach((t) => add(t.sources));
    section.keyFigures.forEach((k) => add(k.sources));
    section.body.forEach((p) => add(p.sources));
    section.facts?.forEach((f) => {
      add(f.sources);
      f.checks?.forEach((c) => add(c.sources));
    });
    section.figures.forEach((fig) => {
      add(fig.sources);
      if (fig.kind === 'timeline') fig.events.forEach((e) => add(e.sources));
    });
  }
  extra.forEach((item) => add(item.sources));
  return ids;
}

/** Every source a section cites, its companies' included, in reference-number order. */
export function sectionSources(briefing: Briefing, section: Section): Source[] {
  const ids = citedSourceIds([section], sectionCompanies(briefing, section));
  return briefing.sources.filter((s) => ids.has(s.id));
}

/** Human label for a fact-check verdict. */
export function verdictLabel(verdict: 'confirmed' | 'differs' | 'unconfirmed' | 'disputed'): string {
  return { confirmed: 'Confirmed', differs: 'Other sources differ', unconfirmed: 'Not confirmed by other sources', disputed: 'Disputed' }[
    verdict
  ];
}
