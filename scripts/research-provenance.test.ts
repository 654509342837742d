// Every number of the default dataset's rewritten parts must trace to the research notes it was taken from
// (../shared/research/*.md): the number is found in the quotes, or the researcher's statement, of a research line
// whose URL is one of the sources the element cites. And every URL the dataset cites must be in those notes.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Briefing, Section } from '../src/shared/briefing/schema';
import { derivable, type Evidence, evidenceNumbers, matches, readResearch, statedNumbers } from './test-support/research-lines';

const repoRoot = resolve(__dirname, '..');
const shared = resolve(repoRoot, '..', 'shared');
const research = readResearch(resolve(shared, 'research'));
const seedDir = resolve(shared, 'seed');
/** The article the briefing starts from has no URL: its evidence is the seed text itself. */
const seedText = readdirSync(seedDir)
  .map((f) => readFileSync(resolve(seedDir, f), 'utf8'))
  .join('\n');
const defaultBriefing = JSON.parse(readFileSync(resolve(repoRoot, 'resources', 'briefing.json'), 'utf8')) as Briefing;

/**
 * Facts outside the semiconductors section that state 2025–2026 news from the second research file; they are held
 * to the same rule.
 */
const NEW_FACTS_ELSEWHERE = [
  'ai-strategy-committee',
  'ai-strategy-committee-tasks',
  'sovereign-five-teams',
  'sovereign-phase-1-cut',
  'sovereign-fourth-team',
  'gpu-programme-2025',
  'nvidia-gpu-uses',
  'sk-aws-ulsan',
  'stargate-korea',
  'ai-basic-act-high-impact'
];

/** One piece of the dataset that states numbers, with the sources it cites. */
interface Element {
  path: string;
  text: string;
  sources: string[];
  /** The element says some of its numbers are derived (differences, shares) from the cited ones. */
  derived: boolean;
}

function sectionElements(s: Section, at: string): Element[] {
  const out: Element[] = [];
  const el = (path: string, text: string, sources: string[], derived = false): void => {
    out.push({ path, text, sources, derived: derived || /\bderived\b/i.test(text) });
  };
  const all = new Set<string>();
  const note = (ids: string[]): string[] => (ids.forEach((i) => all.add(i)), ids);
  s.takeaways.forEach((t, i) => el(`${at}.takeaways[${i}]`, t.text, note(t.sources)));
  s.keyFigures.forEach((k, i) => el(`${at}.keyFigures[${i}]`, `${k.label} ${k.value}`, note(k.sources)));
  s.body.forEach((b, i) => el(`${at}.body[${i}]`, b.text, note(b.sources)));
  (s.facts ?? []).forEach((f, i) => {
    el(`${at}.facts[${i}]`, f.text, note(f.sources));
    (f.checks ?? []).forEach((c, j) => el(`${at}.facts[${i}].checks[${j}]`, c.note, note(c.sources)));
  });
  s.figures.forEach((f, i) => {
    const p = `${at}.figures[${i}]`;
    const ids = note([...f.sources, ...(f.noteSources ?? [])]);
    // A figure whose note says its values are derived may say so in its title and summary too.
    const derived = /\bderived\b/i.test(f.note ?? '');
    el(`${p}.title`, f.title, ids, derived);
    if (f.summary) el(`${p}.summary`, f.summary, ids, derived);
    if (f.note) el(`${p}.note`, f.note, ids);
    if (f.kind === 'timeline') {
      f.events.forEach((e, j) => el(`${p}.events[${j}]`, `${e.label} ${e.detail ?? ''}`, note(e.sources)));
    } else {
      const values = f.series.flatMap((se) => se.values.filter((v): v is number => v !== null));
      out.push({ path: `${p}.series`, text: values.join(' '), sources: f.sources, derived });
    }
  });
  el(`${at}.summary`, s.summary, [...all]);
  return out;
}

interface Tally {
  problems: string[];
  /** Numbers found in a quote itself, and those found only in the researcher's statement of the line. */
  inQuotes: number;
  inStatements: number;
}

/** Checks the numbers of some elements against the research lines of the sources they cite. */
function checkNumbers(b: Briefing, elements: Element[], evidence: Map<string, Evidence>): Tally {
  const byId = new Map(b.sources.map((s) => [s.id, s]));
  const tally: Tally = { problems: [], inQuotes: 0, inStatements: 0 };
  for (const e of elements) {
    const quotes: number[] = [];
    const statements: number[] = [];
    for (const id of e.sources) {
      const src = byId.get(id);
      if (!src) continue; // the validator reports unknown ids
      if (!src.url) {
        if (id === b.basedOn) quotes.push(...evidenceNumbers(seedText));
        continue;
      }
      const ev = evidence.get(src.url);
      if (!ev) {
        tally.problems.push(`${e.path}: source "${id}" (${src.url}) has no research line with that URL`);
        continue;
      }
      ev.quotes.forEach((q) => quotes.push(...evidenceNumbers(q)));
      ev.statements.forEach((q) => statements.push(...evidenceNumbers(q)));
    }
    for (const n of statedNumbers(e.text)) {
      if (matches(n, quotes)) tally.inQuotes++;
      else if (matches(n, statements)) tally.inStatements++;
      else if (!(e.derived && derivable(n, [...quotes, ...statements]))) {
        tally.problems.push(`${e.path}: ${n.raw} is not in the research lines of ${e.sources.join(', ')}`);
      }
    }
  }
  return tally;
}

function semiconductorElements(b: Briefing): Element[] {
  const i = b.sections.findIndex((s) => s.id === 'semiconductors');
  return sectionElements(b.sections[i], `$.sections[${i}]`);
}

function newFactElements(b: Briefing): Element[] {
  const out: Element[] = [];
  b.sections.forEach((s, i) =>
    (s.facts ?? []).forEach((f, j) => {
      if (!NEW_FACTS_ELSEWHERE.includes(f.id)) return;
      const at = `$.sections[${i}].facts[${j}]`;
      out.push({ path: at, text: f.text, sources: f.sources, derived: /\bderived\b/i.test(f.text) });
      (f.checks ?? []).forEach((c, k) =>
        out.push({ path: `${at}.checks[${k}]`, text: c.note, sources: c.sources, derived: /\bderived\b/i.test(c.note) })
      );
    })
  );
  return out;
}

describe('research provenance of the default dataset', () => {
  it('cites only URLs that appear in ../shared/research/*.md', () => {
    const missing = defaultBriefing.sources.filter((s) => s.url && !research.text.includes(s.url)).map((s) => `${s.id}: ${s.url}`);
    expect(missing).toEqual([]);
  });

  it('finds every number of the semiconductors section in the research lines of its sources', () => {
    const tally = checkNumbers(defaultBriefing, semiconductorElements(defaultBriefing), research.evidence);
    expect(tally.problems).toEqual([]);
    // Most numbers should rest on a verbatim quote, not only on the researcher's paraphrase of the page.
    expect(tally.inQuotes).toBeGreaterThan(3 * tally.inStatements);
  });

  it('finds every number of the new 2025–2026 facts elsewhere in the research lines of their sources', () => {
    const elements = newFactElements(defaultBriefing);
    expect(elements.length).toBeGreaterThanOrEqual(NEW_FACTS_ELSEWHERE.length);
    expect(checkNumbers(defaultBriefing, elements, research.evidence).problems).toEqual([]);
  });

  it('reports a number that is not in the sources, and one cited to a source that does not state it', () => {
    const b = structuredClone(defaultBriefing);
    const semis = b.sections.find((s) => s.id === 'semiconductors')!;
    const fact = semis.facts!.find((f) => f.id === 'skhynix-2025-results')!;
    fact.text = fact.text.replace('47.2 trillion', '47.9 trillion');
    const takeaway = semis.takeaways[0];
    takeaway.sources = ['hurriyet-exports-2025'];
    const problems = checkNumbers(b, semiconductorElements(b), research.evidence).problems;
    expect(problems).toContainEqual(expect.stringMatching(/facts\[\d+\]: 47\.9 is not in the research lines of dbr-skhynix-2025-results/));
    expect(problems).toContainEqual(expect.stringMatching(/takeaways\[0\]: 62 is not in the research lines of hurriyet-exports-2025/));
  });
});
