import type { z } from 'zod';
import { keyFigureId } from './key-figures';
import { hasTranslations, untranslatedPaths } from './localize';
import { migrateBriefing } from './migrate';
import { briefingSchema, type Briefing } from './schema';

/** One problem found in a dataset: where (a JSON path such as `$.sections[2].title`) and what. */
export interface Problem {
  path: string;
  message: string;
}

/**
 * `warnings` do not stop a dataset from opening: they say what a reader would miss (e.g. strings left untranslated).
 */
export type ValidationResult = { ok: true; briefing: Briefing; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** Formats a path of keys and indexes as `$.a.b[3].c`. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
    return 'has an unknown "kind"; expected one of bar, line, share, timeline';
  }
  return issue.message;
}

/** Checks what the schema alone cannot: ids are unique and every referenced id exists. */
export function checkReferences(briefing: Briefing): Problem[] {
  const problems: Problem[] = [];
  const sourceIds = new Set<string>();
  briefing.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) problems.push({ path: jsonPath(['sources', i, 'id']), message: `duplicate source id "${s.id}"` });
    sourceIds.add(s.id);
  });
  const checkSources: SourceCheck = (ids, path) => {
    ids?.forEach((sid, i) => {
      if (!sourceIds.has(sid))
        problems.push({ path: jsonPath([...path, i]), message: `refers to source "${sid}", which is not in $.sources` });
    });
  };
  // A statement shown as the briefing's own must have at least one source that is not weak (checks may cite weak ones:
  // they are shown as what another source says).
  const weak = new Set(briefing.sources.filter((s) => s.strength === 'weak').map((s) => s.id));
  const checkStrength = (ids: readonly string[], path: PropertyKey[]): void => {
    if (ids.length > 0 && ids.every((sid) => weak.has(sid)))
      problems.push({
        path: jsonPath(path),
        message: `rests only on weak sources (${ids.join(', ')}): add a stronger source that confirms it, or leave it out`
      });
  };
  if (briefing.basedOn !== undefined && !sourceIds.has(briefing.basedOn))
    problems.push({ path: '$.basedOn', message: `refers to source "${briefing.basedOn}", which is not in $.sources` });
  const sectionIds = new Set<string>();
  const itemIds = new Map<string, string>();
  const claimId = (value: string, path: PropertyKey[], what: string): void => {
    const seen = itemIds.get(value);
    if (seen) problems.push({ path: jsonPath(path), message: `duplicate ${what} id "${value}" (already used at ${seen})` });
    else itemIds.set(value, jsonPath(path));
  };
  briefing.sections.forEach((section, si) => {
    const base: PropertyKey[] = ['sections', si];
    if (sectionIds.has(section.id)) problems.push({ path: jsonPath([...base, 'id']), message: `duplicate section id "${section.id}"` });
    sectionIds.add(section.id);
    section.takeaways.forEach((t, i) => checkStrength(t.sources, [...base, 'takeaways', i, 'sources']));
    section.keyFigures.forEach((k, i) => checkStrength(k.sources, [...base, 'keyFigures', i, 'sources']));
    section.body.forEach((p, i) => checkStrength(p.sources, [...base, 'body', i, 'sources']));
    section.facts?.forEach((f, i) => checkStrength(f.sources, [...base, 'facts', i, 'sources']));
    section.takeaways.forEach((t, i) => checkSources(t.sources, [...base, 'takeaways', i, 'sources']));
    section.keyFigures.forEach((k, i) => {
      // Explicit or derived, a key figure's id must be unique: the handout's key numbers are chosen by it.
      claimId(keyFigureId(section, k, i), [...base, 'keyFigures', i, ...(k.id ? ['id'] : [])], 'key figure');
      checkSources(k.sources, [...base, 'keyFigures', i, 'sources']);
    });
    section.body.forEach((p, i) => checkSources(p.sources, [...base, 'body', i, 'sources']));
    section.facts?.forEach((f, i) => {
      claimId(f.id, [...base, 'facts', i, 'id'], 'fact');
      checkSources(f.sources, [...base, 'facts', i, 'sources']);
      f.checks?.forEach((c, j) => checkSources(c.sources, [...base, 'facts', i, 'checks', j, 'sources']));
    });
    section.figures.forEach((fig, i) => {
      claimId(fig.id, [...base, 'figures', i, 'id'], 'figure');
      checkSources(fig.sources, [...base, 'figures', i, 'sources']);
      checkSources(fig.noteSources, [...base, 'figures', i, 'noteSources']);
      // Every number a reader sees must lead to its source, a note's as much as a chart's.
      const number = fig.note ? /\d(?:[\d,.]*\d)?/.exec(fig.note) : null;
      if (number && !fig.noteSources?.length)
        problems.push({
          path: jsonPath([...base, 'figures', i, 'noteSources']),
          message: `the note states a number ("${number[0]}") but names no source for it: add "noteSources" with the ids of the sources it comes from`
        });
      const koLabels = fig.translations?.ko?.labels;
      if (fig.kind !== 'timeline' && koLabels && koLabels.length !== fig.labels.length)
        problems.push({
          path: jsonPath([...base, 'figures', i, 'translations', 'ko', 'labels']),
          message: `has ${koLabels.length} Korean labels but the figure has ${fig.labels.length} labels`
        });
      if (fig.kind === 'timeline') fig.events.forEach((e, j) => checkSources(e.sources, [...base, 'figures', i, 'events', j, 'sources']));
    });
  });
  problems.push(...checkCompanies(briefing, checkSources, sectionIds));
  briefing.glossary?.forEach((g, i) => checkSources(g.sources, ['glossary', i, 'sources']));
  return problems;
}

type SourceCheck = (ids: readonly string[] | undefined, path: PropertyKey[]) => void;

/**
 * Companies: sources known (every number's too), sections and referenced companies exist, profile ids
 * unique, and no name or alias claimed by two companies (a mention must lead to one profile).
 */
function checkCompanies(briefing: Briefing, checkSources: SourceCheck, sectionIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const companies = briefing.companies ?? [];
  const profileIds = new Map<string, number>();
  companies.forEach((c, i) => {
    if (c.id === undefined) return;
    if (profileIds.has(c.id))
      problems.push({
        path: jsonPath(['companies', i, 'id']),
        message: `duplicate company id "${c.id}" (already used at $.companies[${profileIds.get(c.id)}])`
      });
    else profileIds.set(c.id, i);
  });
  const names = new Map<string, number>();
  companies.forEach((c, i) => {
    const base: PropertyKey[] = ['companies', i];
    checkSources(c.sources, [...base, 'sources']);
    c.keyFigures?.forEach((k, j) => checkSources(k.sources, [...base, 'keyFigures', j, 'sources']));
    c.products?.forEach((p, j) => checkSources(p.sources, [...base, 'products', j, 'sources']));
    c.partnerships?.forEach((p, j) => {
      checkSources(p.sources, [...base, 'partnerships', j, 'sources']);
      if (p.partnerId !== undefined && !profileIds.has(p.partnerId))
        problems.push({
          path: jsonPath([...base, 'partnerships', j, 'partnerId']),
          message: `refers to company "${p.partnerId}", which is not in $.companies`
        });
    });
    if (c.parent !== undefined && !profileIds.has(c.parent))
      problems.push({ path: jsonPath([...base, 'parent']), message: `refers to company "${c.parent}", which is not in $.companies` });
    if (c.section && !sectionIds.has(c.section))
      problems.push({ path: jsonPath([...base, 'section']), message: `refers to section "${c.section}", which is not in $.sections` });
    [c.name, ...(c.aliases ?? [])].forEach((name, j) => {
      const key = name.normalize('NFKC').toLocaleLowerCase('en-US');
      const other = names.get(key);
      const path = jsonPath(j === 0 ? [...base, 'name'] : [...base, 'aliases', j - 1]);
      if (other !== undefined && other !== i)
        problems.push({ path, message: `the name "${name}" is also used by $.companies[${other}]: a mention could not tell them apart` });
      else names.set(key, i);
    });
  });
  return problems;
}

/** What a reader of the Korean edition would miss: one warning per string left in English (none for an English-only dataset). */
export function translationWarnings(briefing: Briefing): Problem[] {
  if (!hasTranslations(briefing, 'ko')) return [];
  return untranslatedPaths(briefing, 'ko').map((path) => ({
    path,
    message: 'has no Korean version: the Korean edition shows the English'
  }));
}

/** Validates parsed JSON as a briefing: older versions migrated, the schema, then the cross-references. */
export function validateBriefing(data: unknown): ValidationResult {
  const parsed = briefingSchema.safeParse(migrateBriefing(data));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issueMessage(issue) }));
    return { ok: false, problems };
  }
  const problems = checkReferences(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, briefing: parsed.data, warnings: translationWarnings(parsed.data) };
}

/** Formats problems one per line, the way the validator and the app show them. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
