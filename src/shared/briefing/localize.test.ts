import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localize, untranslatedPaths } from './localize';
import type { Briefing } from './schema';
import { validateBriefing } from './validate';

const root = join(__dirname, '..', '..', '..');
const example = (): Briefing => JSON.parse(readFileSync(join(root, 'examples/minimal-briefing.json'), 'utf8')) as Briefing;

/** The example with Korean for its title, one takeaway and the figure (two of four labels left out on purpose). */
function translated(): Briefing {
  const b = example();
  b.translations = { ko: { title: '예시 브리핑' } };
  b.sections[0].takeaways[0].translations = { ko: { text: '위젯 생산량은 2020년부터 2023년까지 두 배가 됐다.' } };
  b.sections[0].figures[0].translations = { ko: { title: '연도별 위젯 생산량', labels: ['2020', '2021', '2022', '2023'] } };
  return b;
}

describe('localize', () => {
  it('replaces translated prose and leaves the rest, numbers and sources untouched', () => {
    const b = translated();
    const ko = localize(b, 'ko');
    expect(ko.title).toBe('예시 브리핑');
    expect(ko.language).toBe('ko');
    expect(ko.sections[0].takeaways[0].text).toBe('위젯 생산량은 2020년부터 2023년까지 두 배가 됐다.');
    expect(ko.sections[0].figures[0].title).toBe('연도별 위젯 생산량');
    expect(ko.sections[0].summary).toBe(b.sections[0].summary);
    expect(ko.sections[0].keyFigures).toEqual(b.sections[0].keyFigures);
    expect(ko.sections[0].takeaways[0].sources).toEqual(b.sections[0].takeaways[0].sources);
    expect(b.title).toBe('Example Briefing');
  });

  it('is English itself for English, and cached per language', () => {
    const b = translated();
    expect(localize(b, 'en')).toBe(b);
    expect(localize(b, 'ko')).toBe(localize(b, 'ko'));
  });

  it('lists what is left untranslated by JSON path', () => {
    const paths = untranslatedPaths(translated(), 'ko');
    expect(paths).toContain('$.subtitle');
    expect(paths).toContain('$.sections[0].summary');
    expect(paths).toContain('$.sections[0].keyFigures[0].unit');
    expect(paths).not.toContain('$.title');
    expect(paths).not.toContain('$.sections[0].figures[0].labels[1]');
    expect(paths).not.toContain('$.sources[0].title');
  });
});

describe('schema version 2', () => {
  it('opens a version-1 file as version 2', () => {
    const v1 = { ...example(), schemaVersion: 1 };
    const r = validateBriefing(v1);
    expect(r.ok && r.briefing.schemaVersion).toBe(2);
  });

  it('warns about untranslated strings only when the dataset has a translation at all', () => {
    const english = validateBriefing(example());
    expect(english.ok && english.warnings).toEqual([]);
    const partly = validateBriefing(translated());
    expect(partly.ok && partly.warnings.map((w) => w.path)).toContain('$.sections[0].summary');
  });

  it('refuses Korean labels that do not match the figure, and a language it does not know', () => {
    const b = translated();
    b.sections[0].figures[0].translations = { ko: { labels: ['2020'] } };
    const r = validateBriefing(b);
    expect(r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      '$.sections[0].figures[0].translations.ko.labels: has 1 Korean labels but the figure has 4 labels'
    ]);
    const ja = example() as unknown as { translations: unknown };
    ja.translations = { ja: { title: '例' } };
    const s = validateBriefing(ja);
    expect(s.ok ? [] : s.problems.map((p) => p.path + ': ' + p.message)).toEqual(['$.translations: unknown field "ja"']);
  });
});
