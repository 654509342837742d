import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allFigureModels } from '../../shared/briefing/figures';
import { chosenForHandout } from '../../shared/briefing/handout-choice';
import { validateBriefing } from '../../shared/briefing/validate';
import type { ExportRequest } from '../../shared/export-request';
import { buildPdfReport, chosenSections } from './index';
import { readPdf, squash } from './testing/pdf-reader';

const fontDir = fileURLToPath(new URL('../../../resources/fonts', import.meta.url));
const loaded = validateBriefing(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../../resources/briefing.json', import.meta.url)), 'utf8'))
);
if (!loaded.ok) throw new Error('the default briefing does not validate');
const briefing = loaded.briefing;
const figures = allFigureModels(briefing);
const env = { fontDir, now: new Date('2026-12-02T12:00:00Z') };

/** The request the composer sends for these sections when the reader has not touched the picker. */
function composerRequest(sections: string[] | undefined): ExportRequest {
  const chosen = chosenForHandout(chosenSections(briefing, { sections }), figures, { numbers: {}, figures: {} });
  return {
    kind: 'handout',
    paper: 'a4',
    sections,
    handoutNumbers: chosen.numbers.map((k) => k.id),
    handoutFigures: chosen.figures.map((f) => f.id)
  };
}

const pageText = async (bytes: Buffer): Promise<string> => squash((await readPdf(bytes)).pages.map((p) => p.text).join('\n'));

describe('the composer’s preselection and the PDF’s', () => {
  for (const sections of [undefined, ['semiconductors', 'conglomerates'], ['patents'], ['outlook', 'government', 'startups']]) {
    it(`make the same handout: ${sections?.join(' + ') ?? 'all sections'}`, async () => {
      const byDefault = await buildPdfReport(briefing, { kind: 'handout', paper: 'a4', sections }, env);
      const fromComposer = await buildPdfReport(briefing, composerRequest(sections), env);
      expect(fromComposer.placed).toEqual(byDefault.placed);
      expect(fromComposer.warnings).toEqual(byDefault.warnings);
      expect(await pageText(fromComposer.bytes)).toBe(await pageText(byDefault.bytes));
      // What is placed is what the composer ticks, in its order, less only what the fitter says it left out.
      const ticked = composerRequest(sections).handoutNumbers ?? [];
      expect(ticked.filter((id) => byDefault.placed?.numbers.includes(id))).toEqual(byDefault.placed?.numbers);
    });
  }

  it('leaves out a number the reader unticks, and says nothing is missing', async () => {
    const request = composerRequest(['semiconductors', 'conglomerates']);
    const dropped = request.handoutNumbers?.[1] ?? '';
    const label = briefing.sections.find((s) => s.id === 'conglomerates')?.keyFigures[0].label ?? '';
    const before = await buildPdfReport(briefing, request, env);
    expect(await pageText(before.bytes)).toContain(squash(label));
    const after = await buildPdfReport(
      briefing,
      { ...request, handoutNumbers: request.handoutNumbers?.filter((id) => id !== dropped) },
      env
    );
    expect(after.placed?.numbers).not.toContain(dropped);
    expect(await pageText(after.bytes)).not.toContain(squash(label));
    expect(after.warnings).toEqual([]);
  });
});
