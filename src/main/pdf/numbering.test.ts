import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { figureCitation, allFigureModels } from '../../shared/briefing/figures';
import { sectionSources, sourceNumbers } from '../../shared/briefing/lookups';
import { numberSources } from '../../shared/briefing/numbering';
import type { Briefing } from '../../shared/briefing/schema';
import { validateBriefing } from '../../shared/briefing/validate';
import { tallyClaims, tallySentence } from '../../shared/briefing/verdicts';
import { referenceText, sourceDestination } from './format';
import { buildPdf } from './index';
import { readPdf, squash, type ParsedPdf } from './testing/pdf-reader';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fontDir = fileURLToPath(new URL('../../../resources/fonts', import.meta.url));
const now = new Date('2026-06-01T09:00:00Z');

function loadDefault(): Briefing {
  const json: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../../../resources/briefing.json', import.meta.url)), 'utf8'));
  const result = validateBriefing(json);
  if (!result.ok) throw new Error('the default dataset does not validate');
  return result.briefing;
}

/** 0-based index of the page where the source list starts. */
function sourceListStart(pdf: ParsedPdf): number {
  const start = pdf.pages.findIndex((p) => squash(p.text).includes('Sources One number per source across the whole briefing'));
  expect(start).toBeGreaterThan(0);
  return start;
}

/** The text of the PDF's source list: every page from the one headed "Sources" on. */
function sourceListText(pdf: ParsedPdf): string {
  const start = sourceListStart(pdf);
  return squash(
    pdf.pages
      .slice(start)
      .map((p) => p.text)
      .join(' ')
  );
}

/** The numbers the list gives, each with the start of its entry. */
function listedNumbers(list: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of list.matchAll(/\[\s*(\d+)\s*\] (.{0,40})/g)) if (!out.has(Number(m[1]))) out.set(Number(m[1]), m[2]);
  return out;
}

describe('one number per source, everywhere', () => {
  const briefing = loadDefault();
  const numbering = numberSources(briefing);
  let full: ParsedPdf;
  let some: ParsedPdf;
  let handout: ParsedPdf;
  const picked = [briefing.sections[2].id, briefing.sections[5].id];

  beforeAll(async () => {
    full = await readPdf(await buildPdf(briefing, { kind: 'briefing', paper: 'a4' }, { fontDir, now }));
    some = await readPdf(await buildPdf(briefing, { kind: 'briefing', paper: 'a4', sections: picked }, { fontDir, now }));
    handout = await readPdf(await buildPdf(briefing, { kind: 'handout', paper: 'a4' }, { fontDir, now }));
  }, 120_000);

  it('numbers every source once, 1 to n, first citations first', () => {
    expect(numbering.all.map((e) => e.n)).toEqual(briefing.sources.map((_, i) => i + 1));
    expect(new Set(numbering.all.map((e) => e.source.id)).size).toBe(briefing.sources.length);
    // The first thing the briefing cites is source [1].
    expect(numbering.of(briefing.sections[0].keyFigures[0].sources[0])).toBe(1);
    expect(numberSources(briefing)).toBe(numbering);
  });

  it('gives the screen (section source lists, citations) the same numbers', () => {
    const screen = sourceNumbers(briefing);
    for (const { n, source } of numbering.all) expect(screen.get(source.id)).toBe(n);
    for (const section of briefing.sections) {
      const listed = sectionSources(briefing, section).map((s) => screen.get(s.id) ?? 0);
      expect(listed).toEqual([...listed].sort((a, b) => a - b));
    }
  });

  it('lists each source of the full PDF under its briefing number, and every number cited in the text', () => {
    const listed = listedNumbers(sourceListText(full));
    // Sources cited only by company profiles belong to the company sheets, not to the briefing's list.
    const citedByBriefing = new Set(JSON.stringify({ sections: briefing.sections, glossary: briefing.glossary }).match(/[a-z0-9-]+/g));
    const expected = briefing.sources.filter((s) => citedByBriefing.has(s.id)).length;
    expect(listed.size).toBeGreaterThan(expected * 0.9);
    for (const [n, start] of listed) expect(squash(referenceText(numbering.all[n - 1].source))).toContain(start.slice(0, 25).trim());
    expect([...citedInText(full)].filter((n) => !listed.has(n))).toEqual([]);
  });

  it('keeps the briefing numbers in a PDF of some sections and in the handout', () => {
    const listed = listedNumbers(sourceListText(some));
    const cited = citedInText(some);
    for (const [n, start] of listed) {
      expect(cited.has(n), `[${n}] is cited by the selection`).toBe(true);
      expect(squash(referenceText(numbering.all[n - 1].source))).toContain(start.slice(0, 25).trim());
    }
    // A selection keeps the briefing's numbers, so its list skips some.
    expect(Math.max(...listed.keys())).toBeGreaterThan(listed.size);
    const handoutText = squash(handout.pages.map((p) => p.text).join(' '));
    // The handout's list: wherever a source's entry appears, its briefing number stands before it.
    const found = numbering.all.filter(({ n, source }) => {
      const start = squash(referenceText(source, 'no-url')).slice(0, 24);
      const numbers = [...handoutText.matchAll(new RegExp(`\\[(\\d+) ?\\] ${escape(start)}`, 'g'))].map((m) => Number(m[1]));
      numbers.forEach((k) => expect(k, source.id).toBe(n));
      return numbers.length > 0;
    });
    expect(found.length).toBeGreaterThan(3);
  });

  it('links every citation in the PDF to its entry in the source list', () => {
    const start = sourceListStart(full);
    const links = full.pages
      .slice(0, start)
      .flatMap((p, index) => p.links.filter((l) => l.name?.startsWith('ref-')).map((l) => ({ ...l, index })));
    expect(links.length).toBeGreaterThan(300);
    const byName = new Map(numbering.all.map((e) => [sourceDestination(e.n), e.n]));
    for (const link of links) {
      const n = byName.get(link.name ?? '');
      expect(n, link.name).toBeDefined();
      // The link sits on the number it stands for ...
      const [x1, y1, x2, y2] = link.rect;
      const under = full.pages[link.index].items.filter(
        (it) => it.y >= y1 - 1 && it.y <= y2 + 1 && it.x <= x2 + 0.5 && it.str.includes(String(n))
      );
      expect(under.length, `${link.name} on page ${link.index + 1} at ${x1}`).toBeGreaterThan(0);
      // ... and opens the page of the source list that holds that entry.
      expect(link.page).toBeGreaterThanOrEqual(start);
      expect(squash(full.pages[link.page].text)).toMatch(new RegExp(`\\[${n} ?\\]`));
    }
    // Every entry of the list can be reached from the text.
    expect(new Set(links.map((l) => l.name)).size).toBe(listedNumbers(sourceListText(full)).size);
    // The handout has no list with destinations, so its numbers are plain text.
    expect(handout.pages.flatMap((p) => p.links).filter((l) => l.name?.startsWith('ref-'))).toEqual([]);
  });

  it("says in the Overview how the article's claims came out, and gives other facts their source", () => {
    const article = briefing.sources.find((s) => s.id === briefing.basedOn)!;
    const sentence = tallySentence(tallyClaims(briefing), article.title)!;
    const text = squash(full.pages.map((p) => p.text).join(' '));
    expect(text).toContain(`HOW THE STARTING ARTICLE HOLDS UP ${sentence}`);
    expect(text).not.toContain('not yet checked');
    const sourced = briefing.sections.flatMap((s) => s.facts ?? []).find((f) => !f.sources.includes(article.id) && !f.checks?.length)!;
    const publisher = briefing.sources.find((s) => s.id === sourced.sources[0])!.publisher;
    expect(text).toMatch(new RegExp(`${escape(squash(sourced.text).slice(-30))}.{0,40}\\] · ${escape(publisher)}`));
  });

  it('writes the same numbers into copied citations', () => {
    const model = allFigureModels(briefing)[0];
    const text = figureCitation(model, briefing);
    for (const s of model.sources) expect(text).toContain(`[${numbering.of(s.id)}] `);
  });
});

/** Every reference number cited before the source list ("[3]", "[3, 7]"). */
function citedInText(pdf: ParsedPdf): Set<number> {
  const start = sourceListStart(pdf);
  const text = squash(
    pdf.pages
      .slice(0, start)
      .map((p) => p.text)
      .join(' ')
  );
  const out = new Set<number>();
  for (const m of text.matchAll(/\[\s*(\d+(?:\s*,\s*\d+)*)\s*\]/g)) m[1].split(',').forEach((n) => out.add(Number(n)));
  return out;
}
