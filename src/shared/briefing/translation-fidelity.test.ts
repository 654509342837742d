import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localize, untranslatedPaths } from './localize';
import type { Briefing } from './schema';
import { TRANSLATABLE_FIELDS, translationOf, translationSites, unitsOf } from './translation-sites';
import { numberDifference } from './translation-numbers';

const briefing = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'resources', 'briefing.json'), 'utf8')) as Briefing;

/** A copy with every translatable field and every `translations` removed: what a translation must not change. */
function facts(b: Briefing): unknown {
  const copy = structuredClone(b);
  for (const site of translationSites(copy)) {
    delete site.owner.translations;
    for (const field of TRANSLATABLE_FIELDS[site.kind]) delete site.owner[field];
  }
  copy.language = 'en';
  return copy;
}

describe('the Korean edition of the default dataset', () => {
  it('states in every Korean string exactly the numbers of its English original', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const site of translationSites(briefing))
      for (const unit of unitsOf(site)) {
        const ko = translationOf(unit, 'ko');
        if (ko === undefined) continue;
        checked++;
        const { missing, extra } = numberDifference(unit.source, ko);
        if (missing.length || extra.length)
          wrong.push(`${unit.path}: missing ${missing.join(', ') || '—'}; extra ${extra.join(', ') || '—'}`);
      }
    expect(wrong).toEqual([]);
    expect(checked, 'Korean strings checked').toBeGreaterThan(0);
  });

  it('is complete: every prose string has its Korean, every glossary term and company its Hangul name', () => {
    expect(untranslatedPaths(briefing, 'ko')).toEqual([]);
  });

  it('keeps every id, number, date and source id: only prose changes', () => {
    expect(facts(localize(briefing, 'ko'))).toEqual(facts(briefing));
  });
});
