// Every company profile says only what the research read: each number is stated by a quote from a page the
// number cites, the Korean name is printed on one of the company's pages, founding years and dates are in
// the research lines of the sources cited for them, and every page the profiles cite is in the research.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { companyProfiles, companySourceIds } from '../src/shared/briefing/companies';
import type { Briefing } from '../src/shared/briefing/schema';
import { numbersIn, quoteStates, readResearch, type Research } from './test-support/research';

const briefing = JSON.parse(readFileSync(join(__dirname, '..', 'resources', 'briefing.json'), 'utf8')) as Briefing;
const research = readResearch();

function pagesOf(b: Briefing, r: Research, sourceIds: readonly string[]): { url: string; quotes: string[]; lines: string[] }[] {
  const urls = sourceIds.map((id) => b.sources.find((s) => s.id === id)?.url).filter((u): u is string => !!u);
  return urls.map((url) => ({ url, quotes: r.pages.get(url)?.quotes ?? [], lines: r.pages.get(url)?.lines ?? [] }));
}

/** What the profiles say that no research line backs, one message per claim. */
function unbackedClaims(b: Briefing, r: Research): string[] {
  const problems: string[] = [];
  for (const c of companyProfiles(b)) {
    c.keyFigures?.forEach((k, i) => {
      const pages = pagesOf(b, r, k.sources);
      if (!pages.some((p) => p.quotes.some((q) => quoteStates(q, k.value))))
        problems.push(`${c.id}.keyFigures[${i}] "${k.label}" = ${k.value}: no quote from its sources (${k.sources.join(', ')}) states it`);
    });
    const all = pagesOf(b, r, [...companySourceIds(c)]);
    if (!all.some((p) => p.quotes.some((q) => q.includes(c.nameKo))))
      problems.push(`${c.id}.nameKo "${c.nameKo}": not printed in any quote from the company's sources`);
    if (c.founded !== undefined && !all.some((p) => p.lines.some((l) => numbersIn(l).includes(c.founded!))))
      problems.push(`${c.id}.founded ${c.founded}: no research line of the company's sources gives that year`);
    const dated = [
      ...(c.products ?? []).map((p) => ({ what: `product "${p.name}"`, ...p })),
      ...(c.partnerships ?? []).map((p) => ({ what: `partnership with ${p.partner}`, ...p }))
    ];
    for (const item of dated) {
      if (!item.date) continue;
      const year = Number(item.date.slice(0, 4));
      if (
        !pagesOf(b, r, item.sources).some((p) =>
          p.lines.some((l) => numbersIn(l).includes(year) || l.includes(`${year % 100}Q`) || l.includes(`'${year % 100}`))
        )
      )
        problems.push(`${c.id} ${item.what} dated ${item.date}: no research line of its sources gives ${year}`);
    }
  }
  return problems;
}

/** URLs the profiles cite that appear in no research file. */
function urlsNotInResearch(b: Briefing, r: Research): string[] {
  const ids = new Set(companyProfiles(b).flatMap((c) => [...companySourceIds(c)]));
  return b.sources.filter((s) => ids.has(s.id) && s.url && !r.text.includes(s.url)).map((s) => `${s.id}: ${s.url}`);
}

describe('company profiles against the research notes', () => {
  it('has at least 20 profiles, each with a Korean name and two to four numbers', () => {
    const profiles = companyProfiles(briefing);
    expect(profiles.length).toBeGreaterThanOrEqual(20);
    for (const c of profiles) expect(c.keyFigures?.length ?? 0, c.id).toBeGreaterThanOrEqual(2);
  });

  it('states every number, Korean name, founding year and date as a research line does', () => {
    expect(unbackedClaims(briefing, research)).toEqual([]);
  });

  it('cites only pages that the research read', () => {
    expect(urlsNotInResearch(briefing, research)).toEqual([]);
  });

  it('catches a number, a name and a URL that the research does not have', () => {
    const b = structuredClone(briefing);
    const hynix = b.companies!.find((c) => c.id === 'sk-hynix')!;
    hynix.keyFigures![0].value += 1;
    hynix.nameKo = 'SK하이닉스반도체';
    b.sources.find((s) => s.id === hynix.sources[0])!.url = 'https://example.org/not-read';
    const claims = unbackedClaims(b, research);
    expect(claims).toContainEqual(expect.stringMatching(/^sk-hynix\.keyFigures\[0\] .*no quote/));
    expect(claims).toContainEqual(expect.stringMatching(/^sk-hynix\.nameKo/));
    expect(urlsNotInResearch(b, research)).toContainEqual(expect.stringMatching(/not-read/));
  });

  it('reads Korean number words the way the quotes write them', () => {
    expect(quoteStates('2024년 뷰노 매출은 259억 원', 25.9)).toBe(true);
    expect(quoteStates('연간 3만대 생산', 30000)).toBe(true);
    expect(quoteStates('누적으로 1조원 이상', 1)).toBe(true);
    expect(quoteStates('revenue of 97,146.7 billion', 97.1)).toBe(false);
  });
});
