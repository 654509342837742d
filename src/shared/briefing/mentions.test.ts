import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { companiesNamedIn, mentionsOf, splitMentions } from './mentions';
import type { Briefing, Company } from './schema';
import { anchors } from './search';

const root = join(__dirname, '..', '..', '..');
const read = (rel: string): Briefing => JSON.parse(readFileSync(join(root, rel), 'utf8')) as Briefing;

const figs = [
  { label: 'A', value: 1, unit: '', sources: ['s'] },
  { label: 'B', value: 2, unit: '', sources: ['s'] }
];
const co = (id: string | undefined, name: string, extra: Partial<Company> = {}): Company => ({
  ...(id ? { id, nameKo: `${name}-ko`, keyFigures: figs } : {}),
  name,
  focus: 'f',
  sources: ['s'],
  ...extra
});

const small = {
  companies: [
    co('samsung-electronics', 'Samsung Electronics', { nameKo: '삼성전자', aliases: ['Samsung'] }),
    co(undefined, 'Samsung SDS'),
    co('sk-group', 'SK Group', { aliases: ['SK'] }),
    co('sk-hynix', 'SK hynix', { nameKo: 'SK하이닉스' }),
    co('kt', 'KT', { nameKo: 'KT' }),
    co('kakao', 'Kakao')
  ]
};

describe('splitMentions', () => {
  it('links names, aliases and Korean names, longest name first, and keeps the text intact', () => {
    const text = "Samsung's HBM, SK hynix and SK; 삼성전자가 and Samsung SDS.";
    const pieces = splitMentions(small, text);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.companyId).map((p) => [p.text, p.companyId])).toEqual([
      ['Samsung', 'samsung-electronics'],
      ['SK hynix', 'sk-hynix'],
      ['SK', 'sk-group'],
      ['삼성전자', 'samsung-electronics']
    ]);
  });

  it('does not find a name inside a longer word, and ignores case', () => {
    expect(companiesNamedIn(small, 'KTX trains and KakaoTalk users')).toEqual([]);
    expect(companiesNamedIn(small, 'kakao and SK HYNIX')).toEqual(['kakao', 'sk-hynix']);
  });

  it('returns the text as one plain piece when nothing is named', () => {
    expect(splitMentions(small, 'No companies here.')).toEqual([{ text: 'No companies here.' }]);
    expect(splitMentions({}, 'Samsung')).toEqual([{ text: 'Samsung' }]);
  });
});

describe('mentionsOf the default dataset', () => {
  const b = read('resources/briefing.json');

  it('finds Samsung in the sections that name it, each with the element the screen shows it under', () => {
    const mentions = mentionsOf(b, 'samsung-electronics');
    expect(mentions.length).toBeGreaterThan(3);
    const conglomerates = b.sections.find((s) => s.id === 'conglomerates')!;
    const i = conglomerates.body.findIndex((p) => /Samsung/.test(p.text));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(mentions).toContainEqual(
      expect.objectContaining({ sectionId: 'conglomerates', kind: 'text', anchor: anchors.text('conglomerates', i) })
    );
    for (const m of mentions) expect(m.excerpt, m.anchor).toMatch(/Samsung|삼성전자/);
  });

  it('does not count Samsung SDS as a mention of Samsung Electronics', () => {
    for (const m of mentionsOf(b, 'samsung-electronics')) {
      const withoutSds = m.excerpt.replace(/Samsung SDS/g, '');
      expect(withoutSds, m.anchor).toMatch(/Samsung|삼성전자/);
    }
  });
});
