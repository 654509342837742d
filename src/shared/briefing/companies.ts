import type { Briefing, Company, CompanyProfile } from './schema';

/** Whether a company is a profile: it has an id (and, the schema makes sure, a Korean name and numbers). */
export function isProfile(c: Company): c is CompanyProfile {
  return c.id !== undefined && c.nameKo !== undefined;
}

/** The companies that have a page of their own, in dataset order. */
export function companyProfiles(briefing: Pick<Briefing, 'companies'>): CompanyProfile[] {
  return (briefing.companies ?? []).filter(isProfile);
}

/** The profile with this id, or undefined. */
export function profileById(briefing: Pick<Briefing, 'companies'>, id: string): CompanyProfile | undefined {
  return companyProfiles(briefing).find((c) => c.id === id);
}

/** Every source a company cites, its own and those of its numbers, products and partnerships, in that order. */
export function companySourceIds(c: Company): Set<string> {
  const ids = new Set(c.sources);
  for (const part of [...(c.keyFigures ?? []), ...(c.products ?? []), ...(c.partnerships ?? [])]) part.sources.forEach((id) => ids.add(id));
  return ids;
}
