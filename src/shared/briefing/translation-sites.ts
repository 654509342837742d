import type { Briefing } from './schema';

/** Languages a dataset may carry translations for, besides the language it is written in. */
export const TRANSLATION_LANGS = ['ko'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

/**
 * The prose fields each kind of object may carry a translation of, in `translations.<lang>`.
 * Names, ids, numbers, dates and source ids are never translated: a translation changes words, not facts.
 * Source titles are optional (only where the publisher gives a Korean title), so they never count as missing.
 */
export const TRANSLATABLE_FIELDS = {
  briefing: ['title', 'subtitle', 'label'],
  source: ['title'],
  section: ['title', 'shortTitle', 'summary'],
  takeaway: ['text'],
  paragraph: ['text'],
  fact: ['text'],
  check: ['note'],
  keyFigure: ['label', 'unit'],
  figure: ['title', 'unit', 'note', 'summary', 'labels'],
  series: ['name'],
  event: ['label', 'detail'],
  company: ['focus', 'product'],
  product: ['detail'],
  partnership: ['partner', 'detail'],
  glossary: ['explanation']
} as const;

export type SiteKind = keyof typeof TRANSLATABLE_FIELDS;

/** Kinds whose translation is optional: a missing one is not reported as untranslated. */
export const OPTIONAL_KINDS: ReadonlySet<SiteKind> = new Set(['source']);

/**
 * Amount units ("KRW tn", "USD bn", "JPY m") are not translated word by word: the Korean edition writes them by
 * one rule in code (src/shared/i18n/amounts.ts), so they are not translation sites.
 */
export const AMOUNT_UNIT = /^(KRW|USD|EUR|JPY|CNY|GBP)( (k|m|bn|tn))?$/;

/** One object whose prose may be translated: where it is, what kind it is, and the object itself. */
export interface TranslationSite {
  /** JSON path of the object, e.g. `$.sections[2].takeaways[0]`. */
  path: string;
  kind: SiteKind;
  owner: Record<string, unknown>;
}

type Obj = Record<string, unknown>;

function* each(list: unknown, path: string, kind: SiteKind): Generator<TranslationSite> {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) yield { path: `${path}[${i}]`, kind, owner: list[i] as Obj };
}

/** Every object of a briefing that may carry a translation, in document order. The one walk all translation tools share. */
export function* translationSites(briefing: Briefing): Generator<TranslationSite> {
  const b = briefing as unknown as Obj;
  yield { path: '$', kind: 'briefing', owner: b };
  yield* each(b.sources, '$.sources', 'source');
  const sections = (b.sections ?? []) as Obj[];
  for (let s = 0; s < sections.length; s++) {
    const sec = sections[s];
    const sp = `$.sections[${s}]`;
    yield { path: sp, kind: 'section', owner: sec };
    yield* each(sec.takeaways, `${sp}.takeaways`, 'takeaway');
    yield* each(sec.keyFigures, `${sp}.keyFigures`, 'keyFigure');
    yield* each(sec.body, `${sp}.body`, 'paragraph');
    const facts = (sec.facts ?? []) as Obj[];
    for (let f = 0; f < facts.length; f++) {
      yield { path: `${sp}.facts[${f}]`, kind: 'fact', owner: facts[f] };
      yield* each(facts[f].checks, `${sp}.facts[${f}].checks`, 'check');
    }
    const figures = (sec.figures ?? []) as Obj[];
    for (let g = 0; g < figures.length; g++) {
      const gp = `${sp}.figures[${g}]`;
      yield { path: gp, kind: 'figure', owner: figures[g] };
      yield* each(figures[g].series, `${gp}.series`, 'series');
      yield* each(figures[g].events, `${gp}.events`, 'event');
    }
  }
  const companies = (b.companies ?? []) as Obj[];
  for (let c = 0; c < companies.length; c++) {
    const cp = `$.companies[${c}]`;
    yield { path: cp, kind: 'company', owner: companies[c] };
    yield* each(companies[c].keyFigures, `${cp}.keyFigures`, 'keyFigure');
    yield* each(companies[c].products, `${cp}.products`, 'product');
    yield* each(companies[c].partnerships, `${cp}.partnerships`, 'partnership');
  }
  yield* each(b.glossary, '$.glossary', 'glossary');
}

/** One string to translate: the field's path (`$.sections[0].summary`, `$.sections[1].figures[0].labels[2]`) and its text. */
export interface TranslationUnit {
  path: string;
  site: TranslationSite;
  field: string;
  /** For `labels`: the label's index. */
  index?: number;
  source: string;
}

/** The strings of a site that a translation would cover (amount units excepted). */
export function* unitsOf(site: TranslationSite): Generator<TranslationUnit> {
  for (const field of TRANSLATABLE_FIELDS[site.kind] as readonly string[]) {
    const value = site.owner[field];
    if (field === 'labels' && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) yield { path: `${site.path}.labels[${i}]`, site, field, index: i, source: String(value[i]) };
    } else if (typeof value === 'string' && value.trim() !== '') {
      // Amounts are written by rule; the unit "year" is not a word but tells the app to print the value as a year.
      if (field === 'unit' && (AMOUNT_UNIT.test(value) || value === 'year' || !/[A-Za-z]/.test(value))) continue;
      yield { path: `${site.path}.${field}`, site, field, source: value };
    }
  }
}

/** The translation of one unit, if the dataset has it. */
export function translationOf(unit: TranslationUnit, lang: TranslationLang): string | undefined {
  const all = unit.site.owner.translations as Record<string, Obj> | undefined;
  const value = all?.[lang]?.[unit.field];
  if (unit.index !== undefined) return Array.isArray(value) ? (value[unit.index] as string | undefined) : undefined;
  return typeof value === 'string' ? value : undefined;
}
