import type { Briefing } from './schema';
import { OPTIONAL_KINDS, translationOf, translationSites, unitsOf, type TranslationLang } from './translation-sites';

/** The languages a briefing can be read in: the dataset's own (English) and its translations. */
export type ReadingLang = 'en' | TranslationLang;

const cache = new WeakMap<Briefing, Map<ReadingLang, Briefing>>();

/**
 * The briefing as read in `lang`: every prose field that has a translation replaced by it, every other one left in
 * English. Numbers, ids, sources and structure are the original's, so everything built on a briefing (numbering,
 * mentions, figures, the PDF) works on either. The result is cached per briefing and language; do not mutate it.
 */
export function localize(briefing: Briefing, lang: ReadingLang): Briefing {
  if (lang === 'en') return briefing;
  let byLang = cache.get(briefing);
  if (!byLang) cache.set(briefing, (byLang = new Map()));
  const hit = byLang.get(lang);
  if (hit) return hit;
  const copy = structuredClone(briefing);
  for (const site of translationSites(copy)) {
    for (const unit of unitsOf(site)) {
      const value = translationOf(unit, lang);
      if (value === undefined || value.trim() === '') continue;
      if (unit.index !== undefined) (site.owner[unit.field] as string[])[unit.index] = value;
      else site.owner[unit.field] = value;
    }
  }
  copy.language = lang;
  byLang.set(lang, copy);
  return copy;
}

/** Whether the dataset carries any translation into `lang` (an English-only dataset has nothing to report). */
export function hasTranslations(briefing: Briefing, lang: TranslationLang): boolean {
  for (const site of translationSites(briefing)) for (const unit of unitsOf(site)) if (translationOf(unit, lang) !== undefined) return true;
  return false;
}

/**
 * The JSON paths of the strings still without a `lang` version — prose fields and the Hangul names of glossary
 * terms and companies. Source titles are optional and never listed.
 */
export function untranslatedPaths(briefing: Briefing, lang: TranslationLang): string[] {
  const out: string[] = [];
  for (const site of translationSites(briefing)) {
    if (OPTIONAL_KINDS.has(site.kind)) continue;
    for (const unit of unitsOf(site)) if (!translationOf(unit, lang)?.trim()) out.push(unit.path);
  }
  briefing.glossary?.forEach((g, i) => {
    if (!g.ko) out.push(`$.glossary[${i}].ko`);
  });
  briefing.companies?.forEach((c, i) => {
    if (!c.nameKo) out.push(`$.companies[${i}].nameKo`);
  });
  return out;
}
