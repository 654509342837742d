import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportGlossary, glossaryTermsIn } from '../../shared/briefing/lookups';
import { citedSourceIds, numberSources } from '../../shared/briefing/numbering';
import type { Briefing } from '../../shared/briefing/schema';
import { validateBriefing } from '../../shared/briefing/validate';
import { buildPdf } from './index';
import { readPdf, squash, type ParsedPdf } from './testing/pdf-reader';
import { MARGINS } from './theme';

const fontDir = fileURLToPath(new URL('../../../resources/fonts', import.meta.url));
const result = validateBriefing(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../../resources/briefing.json', import.meta.url)), 'utf8'))
);
if (!result.ok) throw new Error('default briefing does not validate');
const briefing: Briefing = result.briefing;

describe('a PDF of two sections', () => {
  it('holds only their glossary terms, alphabetical, and only the sources they cite, under briefing-wide numbers', async () => {
    const chosen = ['semiconductors', 'conglomerates'];
    const sections = chosen.map((id) => briefing.sections.find((s) => s.id === id)!);
    const pdf = await readPdf(await buildPdf(briefing, { kind: 'briefing', paper: 'a4', sections: chosen }, { fontDir }));
    const pageOf = (title: string): number => pdf.outline.find((o) => o.title === title)?.page ?? -1;
    const glossaryText = squash(
      pdf.pages
        .slice(pageOf('Glossary'), pageOf('Sources'))
        .map((p) => p.text)
        .join('\n')
    );
    const sourcesText = squash(
      pdf.pages
        .slice(pageOf('Sources'))
        .map((p) => p.text)
        .join('\n')
    );
    const used = new Set(sections.flatMap((s) => glossaryTermsIn(briefing, s)));
    expect(used.size).toBeGreaterThan(0);
    for (const g of briefing.glossary ?? []) {
      const heading = g.ko ? `${g.term} (${g.ko})` : g.term;
      if (used.has(g)) expect(glossaryText).toContain(heading);
      else expect(glossaryText, g.term).not.toContain(`${heading} ${g.explanation.slice(0, 25)}`);
    }
    // Alphabetical, as on screen.
    const order = exportGlossary(briefing, sections).map((g) => glossaryText.indexOf(g.ko ? `${g.term} (${g.ko})` : g.term));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Sources: exactly those the sections and their glossary terms cite, each under its briefing-wide number.
    const numbering = numberSources(briefing);
    const cited = citedSourceIds(sections, [...used]);
    const listed = [...sourcesText.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    const allowed = new Set(numbering.numbers(cited));
    expect(listed.filter((n) => !allowed.has(n))).toEqual([]);
    expect(listed).toEqual([...listed].sort((a, b) => a - b));
    // …and every number the text cites is in the list.
    const bodyText = squash(
      pdf.pages
        .slice(0, pageOf('Sources'))
        .map((p) => p.text)
        .join('\n')
    );
    const citedInText = new Set([...bodyText.matchAll(/\[(\d+(?:,\s*\d+)*)\]/g)].flatMap((m) => m[1].split(/,\s*/).map(Number)));
    expect([...citedInText].filter((n) => !listed.includes(n))).toEqual([]);
    expect(listed.length).toBeLessThan(briefing.sources.length / 2);
  }, 60_000);
});

/** How much of the text area a page uses, 0–1: from the top margin down to its lowest line of text. */
function pageFill(page: ParsedPdf['pages'][number]): number {
  const top = page.height - MARGINS.top;
  const ys = page.items.filter((it) => it.y > MARGINS.bottom && it.y <= top + 12).map((it) => it.y);
  return ys.length ? (top - Math.min(...ys)) / (top - MARGINS.bottom) : 0;
}

/** Pages under a quarter full that are not the last page of a section, the contents, the glossary or the sources. */
function underfilledPages(pdf: ParsedPdf): number[] {
  const starts = new Set(pdf.outline.map((o) => o.page));
  return pdf.pages.flatMap((page, i) => (i > 0 && i < pdf.pages.length - 1 && !starts.has(i + 1) && pageFill(page) < 0.25 ? [i + 1] : []));
}

/** Pages whose last line of text is a heading (12 pt or more): a heading stranded at the foot, away from its text. */
function strandedHeadings(pdf: ParsedPdf): string[] {
  return pdf.pages.flatMap((page, i) => {
    const body = page.items.filter((it) => it.y > MARGINS.bottom && it.y <= page.height - MARGINS.top + 12);
    if (i === 0 || body.length === 0) return [];
    const lowest = Math.min(...body.map((it) => it.y));
    const line = body.filter((it) => Math.abs(it.y - lowest) < 1);
    return Math.max(...line.map((it) => it.size)) >= 12 ? [`page ${i + 1}: ${line.map((it) => it.str).join(' ')}`] : [];
  });
}

describe('page fill', () => {
  it('leaves no page under a quarter full except where a section ends, and no heading at the foot of a page, in a selection and in the whole briefing', async () => {
    for (const sections of [['semiconductors', 'conglomerates'], ['government', 'patents', 'talent-investment'], undefined]) {
      const pdf = await readPdf(await buildPdf(briefing, { kind: 'briefing', paper: 'a4', sections }, { fontDir }));
      expect(underfilledPages(pdf), (sections ?? ['all']).join(', ')).toEqual([]);
      expect(strandedHeadings(pdf)).toEqual([]);
      // The contents end on a page at least a quarter full: they never spill a few lines onto a page of their own.
      const contents = pdf.outline.findIndex((o) => o.title === 'Contents');
      const lastContentsPage = pdf.outline[contents + 1].page - 1;
      expect(pageFill(pdf.pages[lastContentsPage])).toBeGreaterThanOrEqual(0.25);
    }
  }, 120_000);
});
