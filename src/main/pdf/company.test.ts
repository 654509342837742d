import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { companySourceIds, profileById } from '../../shared/briefing/companies';
import { numberSources } from '../../shared/briefing/numbering';
import type { Briefing } from '../../shared/briefing/schema';
import { buildPdf } from './index';
import { readPdf, squash } from './testing/pdf-reader';

const fontDir = fileURLToPath(new URL('../../../resources/fonts', import.meta.url));
const briefing = JSON.parse(readFileSync(fileURLToPath(new URL('../../../resources/briefing.json', import.meta.url)), 'utf8')) as Briefing;

describe('company profile PDF', () => {
  it('puts SK hynix on exactly one page with its Hangul name, its numbers and every source it cites, legibly', async () => {
    const pdf = await readPdf(await buildPdf(briefing, { kind: 'company', company: 'sk-hynix', paper: 'a4' }, { fontDir }));
    expect(pdf.pages).toHaveLength(1);
    const text = squash(pdf.pages[0].text);
    expect(text).toContain('SK hynix');
    expect(text).toContain('SK하이닉스');
    expect(text).toContain('KRW 97.1 tn');
    expect(text).toContain('SOURCES');
    const hynix = profileById(briefing, 'sk-hynix')!;
    const numbering = numberSources(briefing);
    for (const id of companySourceIds(hynix)) {
      const source = briefing.sources.find((s) => s.id === id)!;
      // Each source in the list under its briefing-wide number, with its title.
      expect(text, id).toContain(squash(`[${numbering.of(id)}] ${source.title}`));
    }
    const smallest = Math.min(...pdf.pages[0].items.filter((i) => i.str.trim()).map((i) => i.size));
    expect(smallest).toBeGreaterThanOrEqual(7);
    expect(pdf.info.Title).toBe('SK hynix (SK하이닉스) — company profile');
  });

  it('fits every profile of the default briefing on one page', async () => {
    for (const c of briefing.companies!.filter((x) => x.id)) {
      const pdf = await readPdf(await buildPdf(briefing, { kind: 'company', company: c.id, paper: 'letter' }, { fontDir }));
      expect(pdf.pages.length, c.id).toBe(1);
    }
  });

  it('names the profiles when the company id is missing or unknown', async () => {
    await expect(buildPdf(briefing, { kind: 'company', company: 'sk-hinix', paper: 'a4' }, { fontDir })).rejects.toThrow(
      /Unknown company id "sk-hinix"; the briefing has: .*sk-hynix/
    );
    await expect(buildPdf(briefing, { kind: 'company', paper: 'a4' }, { fontDir })).rejects.toThrow(/needs a company id/);
  });
});
