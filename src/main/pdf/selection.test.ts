import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportGlossary, glossaryTermsIn } from '../../shared/briefing/lookups';
import { citedSourceIds, numberSources } from '../../shared/briefing/numbering';
import type { Briefing } from '../../shared/briefing/schema';
import { validateBriefing } from '../../shared/briefing/validate';
import { buildPdf } from './index';
import { readPdf, squash } from './testing/pdf-reader';

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
