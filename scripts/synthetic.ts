import type { Briefing } from '../src/shared/briefing/schema';

/** A briefing `factor` times the size of `base`: every section (with its figures and facts) repeated, ids made unique. */
export function scaleBriefing(base: Briefing, factor: number): Briefing {
  if (factor === 1) return base;
  const sections = Array.from({ length: factor }, (_, copy) =>
    base.sections.map((s) => ({
      ...s,
      id: `${s.id}-${copy}`,
      title: copy ? `${s.title} (${copy + 1})` : s.title,
      facts: s.facts?.map((f) => ({ ...f, id: `${f.id}-${copy}` })),
      figures: s.figures.map((f) => ({ ...f, id: `${f.id}-${copy}` }))
    }))
  ).flat();
  const companies = base.companies?.map((c) => ({ ...c, section: c.section ? `${c.section}-0` : undefined }));
  return { ...base, id: `${base.id}-x${factor}`, sections, companies };
}
