import type { Briefing, Fact, FactCheck } from './schema';

/**
 * What a reader is told about a fact. A claim of the article the briefing starts from (`basedOn`) carries a
 * verdict: what later sources made of it, or that nobody has checked it yet. A fact taken from any other
 * source is not doubtful for lack of a check: the reader is shown where it comes from.
 */
export type FactStatus = { kind: 'claim'; verdict: ClaimVerdict; article: boolean } | { kind: 'sourced' };

/** The verdict on one of the article's claims, from its checks. */
export type ClaimVerdict = 'confirmed' | 'differs' | 'unconfirmed' | 'unchecked';

/** The reader's words for each verdict, on screen and in the PDF. */
export const CLAIM_VERDICT_LABEL: Record<ClaimVerdict, string> = {
  confirmed: 'Confirmed',
  differs: 'Other sources differ',
  unconfirmed: 'Not confirmed',
  unchecked: 'Not checked yet'
};

/** The reader's words for one check's verdict (what one later source made of a claim), on screen and in the PDF. */
export const CHECK_VERDICT_LABEL: Record<FactCheck['verdict'], string> = {
  confirmed: 'Confirmed',
  differs: 'Other sources differ',
  unconfirmed: 'Not confirmed by other sources',
  disputed: 'Disputed'
};

/** How a check is introduced, on screen and in the PDF: "Fact check — Confirmed". */
export function checkHeading(verdict: FactCheck['verdict']): string {
  return `Fact check — ${CHECK_VERDICT_LABEL[verdict]}`;
}

/** True when the fact is a claim of the article the briefing starts from. */
export function isArticleClaim(briefing: Pick<Briefing, 'basedOn'>, fact: Fact): boolean {
  return briefing.basedOn !== undefined && fact.sources.includes(briefing.basedOn);
}

/** One verdict from a claim's checks: any that differs or disputes it wins, then any that cannot confirm it. */
export function claimVerdict(fact: Fact): ClaimVerdict {
  const verdicts = new Set((fact.checks ?? []).map((c) => c.verdict));
  if (verdicts.size === 0) return 'unchecked';
  if (verdicts.has('differs') || verdicts.has('disputed')) return 'differs';
  if (verdicts.has('unconfirmed')) return 'unconfirmed';
  return 'confirmed';
}

/** A fact with checks is a claim under review whoever made it; an unchecked one is a claim only if the article made it. */
export function factStatus(briefing: Pick<Briefing, 'basedOn'>, fact: Fact): FactStatus {
  const article = isArticleClaim(briefing, fact);
  return article || (fact.checks?.length ?? 0) > 0 ? { kind: 'claim', verdict: claimVerdict(fact), article } : { kind: 'sourced' };
}

/** The badge of a claim: "Article claim · Confirmed" for the article's, the bare verdict for a checked fact from elsewhere. */
export function claimBadge(status: Extract<FactStatus, { kind: 'claim' }>): string {
  return status.article ? `Article claim · ${CLAIM_VERDICT_LABEL[status.verdict]}` : CLAIM_VERDICT_LABEL[status.verdict];
}

/** How the article's claims came out, counted from the dataset. */
export interface ClaimTally {
  claims: number;
  checked: number;
  confirmed: number;
  differs: number;
  unconfirmed: number;
  unchecked: number;
}

export function tallyClaims(briefing: Pick<Briefing, 'basedOn' | 'sections'>): ClaimTally {
  const tally: ClaimTally = { claims: 0, checked: 0, confirmed: 0, differs: 0, unconfirmed: 0, unchecked: 0 };
  for (const section of briefing.sections) {
    for (const fact of section.facts ?? []) {
      if (!isArticleClaim(briefing, fact)) continue;
      const verdict = claimVerdict(fact);
      tally.claims++;
      tally[verdict]++;
      if (verdict !== 'unchecked') tally.checked++;
    }
  }
  return tally;
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * "Of the 35 claims this briefing takes from The Korean Artificial Intelligence Industry, 19 have been checked against
 * later sources: 11 confirmed, 3 where other sources differ, 5 not confirmed. 16 are not checked yet." Null without claims.
 */
export function tallySentence(tally: ClaimTally, articleTitle: string): string | null {
  if (tally.claims === 0) return null;
  const outcomes = [
    tally.confirmed ? `${tally.confirmed} confirmed` : '',
    tally.differs ? `${tally.differs} where other sources differ` : '',
    tally.unconfirmed ? `${tally.unconfirmed} not confirmed` : ''
  ].filter(Boolean);
  const checked =
    tally.checked === 0
      ? 'none has been checked against later sources yet.'
      : `${tally.checked === tally.claims ? 'all' : tally.checked} ${tally.checked === 1 ? 'has' : 'have'} been checked against later sources: ${outcomes.join(', ')}.`;
  const rest = tally.unchecked && tally.checked ? ` ${tally.unchecked} ${tally.unchecked === 1 ? 'is' : 'are'} not checked yet.` : '';
  return `Of the ${count(tally.claims, 'claim')} this briefing takes from “${articleTitle}”, ${checked}${rest}`;
}
