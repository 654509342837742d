import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { companyProfiles, companySourceIds, profileById } from './companies';
import { numberSources } from './numbering';
import { buildSearchIndex, search } from './search';
import type { Briefing, Company } from './schema';
import { validateBriefing } from './validate';

const root = join(__dirname, '..', '..', '..');
const example = (): Briefing => JSON.parse(readFileSync(join(root, 'examples/minimal-briefing.json'), 'utf8')) as Briefing;

const profile = (over: Partial<Company> = {}): Company => ({
  id: 'widgetco',
  name: 'WidgetCo',
  nameKo: '위젯코',
  focus: 'Makes widgets with AI',
  aliases: ['Widget Company'],
  products: [{ name: 'Widget AI', date: '2024-05', sources: ['example-source'] }],
  keyFigures: [
    { label: 'Widgets made', value: 200, unit: 'widgets', sources: ['example-source'] },
    { label: 'Share', value: 10, unit: '%', sources: ['example-source'] }
  ],
  partnerships: [{ partner: 'Example Institute', detail: 'Counts the widgets', sources: ['example-source'] }],
  sources: ['example-source'],
  ...over
});

function problems(b: Briefing): string[] {
  const r = validateBriefing(b);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('company profiles in the dataset format', () => {
  it('keeps version-1 company rows (no id, no profile fields) valid', () => {
    const b = example();
    b.companies = [{ name: 'Old Row Co', focus: 'A table row', sources: ['example-source'] }];
    expect(problems(b)).toEqual([]);
    expect(companyProfiles(b)).toEqual([]);
  });

  it('accepts a full profile', () => {
    const b = example();
    b.companies = [profile()];
    expect(problems(b)).toEqual([]);
    expect(profileById(b, 'widgetco')?.nameKo).toBe('위젯코');
  });

  it('requires a profile to have its Korean name and two to four numbers', () => {
    const b = example();
    b.companies = [profile({ nameKo: undefined, keyFigures: [profile().keyFigures![0]] })];
    expect(problems(b)).toEqual([
      '$.companies[0].nameKo: a company profile ("widgetco") needs its Korean name',
      '$.companies[0].keyFigures: a company profile ("widgetco") needs two to four sourced numbers; it has 1'
    ]);
    const five = example();
    five.companies = [profile({ keyFigures: Array(5).fill(profile().keyFigures![0]) })];
    expect(problems(five)).toEqual([expect.stringMatching(/^\$\.companies\[0\]\.keyFigures: .*4/)]);
  });

  it('rejects duplicate ids, unknown companies and sources, and a name two companies claim', () => {
    const b = example();
    b.companies = [
      profile({ parent: 'no-group' }),
      profile({
        name: 'Other',
        aliases: ['widget company'],
        keyFigures: [profile().keyFigures![0], { ...profile().keyFigures![1], sources: ['nowhere'] }],
        partnerships: [{ partner: 'Ghost', partnerId: 'ghost', detail: 'Not a profile', sources: ['example-source'] }]
      })
    ];
    // Unknown sources are reported as they are met; the company checks follow.
    expect(problems(b)).toEqual([
      '$.companies[1].keyFigures[1].sources[0]: refers to source "nowhere", which is not in $.sources',
      '$.companies[1].id: duplicate company id "widgetco" (already used at $.companies[0])',
      '$.companies[0].parent: refers to company "no-group", which is not in $.companies',
      '$.companies[1].partnerships[0].partnerId: refers to company "ghost", which is not in $.companies',
      '$.companies[1].aliases[0]: the name "widget company" is also used by $.companies[0]: a mention could not tell them apart'
    ]);
  });

  it('numbers the sources of a profile’s numbers, products and partnerships like every other citation', () => {
    const b = example();
    b.sources.push({ id: 'second', title: 'Second', publisher: 'P' }, { id: 'third', title: 'Third', publisher: 'P' });
    b.companies = [profile({ keyFigures: [profile().keyFigures![0], { ...profile().keyFigures![1], sources: ['third'] }] })];
    expect([...companySourceIds(b.companies[0])]).toEqual(['example-source', 'third']);
    // "third" is cited only by the company's number: it is numbered before the uncited "second".
    const numbering = numberSources(b);
    expect(numbering.of('third')).toBeLessThan(numbering.of('second')!);
  });

  it('is found by search under its name, Korean name, aliases and products, and the hit names the profile', () => {
    const b = JSON.parse(readFileSync(join(root, 'resources/briefing.json'), 'utf8')) as Briefing;
    const index = buildSearchIndex(b);
    const companyHits = (q: string): (string | undefined)[] =>
      search(b, index, q)
        .flatMap((g) => g.hits)
        .filter((h) => h.kind === 'company')
        .map((h) => h.companyId);
    expect(companyHits('SK hynix')).toContain('sk-hynix');
    expect(companyHits('SK하이닉스')).toContain('sk-hynix');
    expect(companyHits('Naver Cloud')).toContain('naver');
    expect(companyHits('Mach-1')).toContain('samsung-electronics');
    expect(companyHits('Anthropic')).toContain('sk-telecom');
  });
});
