import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Briefing, Fact } from './schema';
import { claimVerdict, factStatus, tallyClaims, tallySentence } from './verdicts';

const fact = (id: string, sources: string[], verdicts: NonNullable<Fact['checks']>[number]['verdict'][] = []): Fact => ({
  id,
  text: `Claim ${id}.`,
  sources,
  checks: verdicts.map((verdict) => ({ verdict, note: 'n', sources: ['later'] }))
});

const section = (facts: Fact[]): Briefing['sections'][number] => ({
  id: 's',
  title: 'S',
  summary: 'x',
  takeaways: [],
  keyFigures: [],
  body: [],
  figures: [],
  facts
});

describe('verdicts', () => {
  it('gives each claim of the starting article one verdict and every other fact its source', () => {
    const briefing = { basedOn: 'article' };
    expect(factStatus(briefing, fact('a', ['article']))).toEqual({ kind: 'claim', verdict: 'unchecked' });
    expect(factStatus(briefing, fact('b', ['article'], ['confirmed', 'confirmed']))).toEqual({ kind: 'claim', verdict: 'confirmed' });
    expect(claimVerdict(fact('c', ['article'], ['confirmed', 'unconfirmed']))).toBe('unconfirmed');
    expect(claimVerdict(fact('d', ['article'], ['unconfirmed', 'differs']))).toBe('differs');
    expect(claimVerdict(fact('e', ['article'], ['disputed']))).toBe('differs');
    expect(factStatus(briefing, fact('f', ['other']))).toEqual({ kind: 'sourced' });
    // Without a starting article only a checked fact is a claim.
    expect(factStatus({}, fact('g', ['article']))).toEqual({ kind: 'sourced' });
    expect(factStatus({}, fact('h', ['other'], ['unconfirmed']))).toEqual({ kind: 'claim', verdict: 'unconfirmed' });
  });

  it('counts how the claims came out and says it in a sentence', () => {
    const briefing = {
      basedOn: 'article',
      sections: [
        section([
          fact('a', ['article'], ['confirmed']),
          fact('b', ['article', 'x'], ['differs']),
          fact('c', ['article']),
          fact('d', ['other'], ['confirmed']),
          fact('e', ['article'], ['confirmed'])
        ])
      ]
    };
    const tally = tallyClaims(briefing);
    expect(tally).toEqual({ claims: 4, checked: 3, confirmed: 2, differs: 1, unconfirmed: 0, unchecked: 1 });
    expect(tallySentence(tally, 'The Article')).toBe(
      'Of the 4 claims this briefing takes from “The Article”, 3 have been checked against later sources: 2 confirmed, 1 where other sources differ. 1 is not checked yet.'
    );
    expect(tallySentence(tallyClaims({ basedOn: 'article', sections: [section([fact('a', ['other'])])] }), 'T')).toBeNull();
    expect(tallySentence({ claims: 2, checked: 0, confirmed: 0, differs: 0, unconfirmed: 0, unchecked: 2 }, 'T')).toBe(
      'Of the 2 claims this briefing takes from “T”, none has been checked against later sources yet.'
    );
  });

  it('holds for the default briefing: its subtitle claims no more than its facts show', () => {
    const briefing = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../../resources/briefing.json', import.meta.url)), 'utf8')
    ) as Briefing;
    const tally = tallyClaims(briefing);
    expect(tally.claims).toBeGreaterThan(20);
    expect(tally.checked + tally.unchecked).toBe(tally.claims);
    // Some claims are unchecked, so the briefing must not call itself fact-checked.
    if (tally.unchecked > 0) expect(briefing.subtitle).not.toMatch(/fact-checked/i);
    // A fact from another source never reads "not checked yet".
    for (const s of briefing.sections)
      for (const f of s.facts ?? [])
        if (!f.sources.includes(briefing.basedOn!) && !f.checks?.length) expect(factStatus(briefing, f).kind).toBe('sourced');
  });
});
