import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allFigureModels } from '../../shared/briefing/figures';
import type { Briefing } from '../../shared/briefing/schema';
import { validateBriefing } from '../../shared/briefing/validate';
import type { ExportRequest } from '../../shared/export-request';
import { preselectNumbers } from './handout-plan';
import { buildPdfReport, chosenSections } from './index';
import { richBriefing } from './testing/fixtures';
import { readPdf, squash } from './testing/pdf-reader';

const fontDir = fileURLToPath(new URL('../../../resources/fonts', import.meta.url));

function defaultBriefing(): Briefing {
  const result = validateBriefing(
    JSON.parse(readFileSync(fileURLToPath(new URL('../../../resources/briefing.json', import.meta.url)), 'utf8'))
  );
  if (!result.ok) throw new Error('default briefing does not validate');
  return result.briefing;
}

const briefing = defaultBriefing();
const ids = briefing.sections.map((s) => s.id);
const notes = Object.fromEntries(
  ids.map((id, i) => [
    id,
    `Talking point ${i + 1} for the meeting, in my own words.\n\n- Ask about the next step\n- Check the ${id} number`
  ])
);

/** Exports a handout and checks what must always hold; returns the page text. */
async function checkHandout(request: ExportRequest): Promise<string> {
  const report = await buildPdfReport(briefing, request, { fontDir });
  const pdf = await readPdf(report.bytes);
  const where = `${request.paper} ${request.sections?.join('+') ?? 'all'}${request.notes ? ' with notes' : ''}`;
  expect(pdf.pages, where).toHaveLength(1);
  const smallest = Math.min(...pdf.pages[0].items.map((i) => i.size));
  expect(smallest, where).toBeGreaterThanOrEqual(6.99);
  const text = squash(pdf.pages[0].text);
  const sections = chosenSections(briefing, request);
  const figures = allFigureModels({ ...briefing, sections });
  const shown = figures.filter((f) => text.includes(f.caption));
  // Every figure shown is from a chosen section (captions are numbered within the pack, so a stray one would not match).
  const others = allFigureModels(briefing).filter((f) => !sections.some((s) => s.id === f.sectionId));
  for (const f of others) expect(text, where).not.toContain(`. ${f.title}`);
  const first = sections.find((s) => figures.some((f) => f.sectionId === s.id));
  if (first)
    expect(
      shown.some((f) => f.sectionId === first.id),
      `${where}: a figure of ${first.id}`
    ).toBe(true);
  expect(text, where).toContain('SOURCES');
  // Notes are shown, or the reader is told they were left out for room; never silently dropped.
  if (request.notes && !report.warnings.some((w) => w.includes('your notes'))) expect(text, where).toContain('YOUR NOTES');
  if (!request.notes) expect(text, where).not.toContain('YOUR NOTES');
  return text;
}

const combos: string[][] = [
  ['semiconductors', 'conglomerates'],
  ['conglomerates', 'semiconductors'],
  ['outlook', 'overview', 'government'],
  ['patents', 'startups', 'compute', 'talent-investment', 'semiconductors'],
  [...ids].reverse()
];

describe('the handout is one page', () => {
  for (const paper of ['a4', 'letter'] as const) {
    it(`for every single section, all sections and a spread of combinations and orders, ${paper}, with and without notes`, async () => {
      const cases = [...ids.map((id) => [id]), ids, ...combos];
      for (const sections of cases) {
        await checkHandout({ kind: 'handout', paper, sections });
        await checkHandout({ kind: 'handout', paper, sections, notes, includeNotes: true });
      }
    }, 120_000);
  }
});

describe('the handout shows the pack', () => {
  it('shows the title, date and people legibly, the sections in the chosen order, and the chip chart first', async () => {
    const text = await checkHandout({
      kind: 'handout',
      paper: 'a4',
      sections: ['semiconductors', 'conglomerates'],
      title: 'Samsung and SK hynix',
      date: '2026-12-03',
      preparedFor: 'The Board',
      preparedBy: 'Strategy team'
    });
    expect(text).toContain('Samsung and SK hynix');
    expect(text).toContain('Meeting 3 December 2026 Prepared for The Board Prepared by Strategy team');
    expect(text.indexOf('Semiconductors:')).toBeLessThan(text.indexOf('Conglomerates and global R&D:'));
    expect(text).not.toContain('Initial investment in the Boston Dynamics AI Institute');
  });

  it('preselects each section’s lead number, then fills the row from the first section', () => {
    const sections = chosenSections(briefing, { sections: ['semiconductors', 'conglomerates'] });
    expect(preselectNumbers(sections).map((n) => n.id)).toEqual([
      'semiconductors-kf-1',
      'conglomerates-kf-1',
      'semiconductors-kf-2',
      'semiconductors-kf-3'
    ]);
  });

  it('takes chosen numbers and figures, and puts the notes apart without a source number', async () => {
    const rich = richBriefing();
    const report = await buildPdfReport(
      rich,
      {
        kind: 'handout',
        paper: 'letter',
        sections: ['companies', 'compute'],
        handoutNumbers: ['compute-kf-1'],
        handoutFigures: ['models'],
        notes: { companies: 'Raise the funding question.' }
      },
      { fontDir }
    );
    const text = squash((await readPdf(report.bytes)).pages.map((p) => p.text).join('\n'));
    expect(text).toContain('Figure 2. Notable models by organisation type');
    expect(text).not.toContain('Venture investment in AI start-ups');
    expect(text).toMatch(
      /YOUR NOTES your own words, not from the briefing’s sources Companies and start-ups Raise the funding question\. (?!\[)/
    );
  });

  it('adds a back page only when asked, with what the front had no room for', async () => {
    const request: ExportRequest = { kind: 'handout', paper: 'a4', notes, includeNotes: true };
    const front = await buildPdfReport(briefing, request, { fontDir });
    expect(front.pages).toBe(1);
    expect(front.warnings.join(' ')).toMatch(/Left out of the handout for room: .*Add the back page/);
    const both = await buildPdfReport(briefing, { ...request, backPage: true }, { fontDir });
    expect(both.pages).toBe(2);
    const back = squash((await readPdf(both.bytes)).pages[1].text);
    expect(back).toContain('MORE FIGURES AND NOTES');
  });

  it('tells what it left out in the language of the PDF, each side of the two-language sheet in its own', async () => {
    const request: ExportRequest = { kind: 'handout', paper: 'a4', notes, includeNotes: true };
    const korean = await buildPdfReport(briefing, { ...request, lang: 'ko' }, { fontDir });
    expect(korean.warnings).toHaveLength(1);
    expect(korean.warnings[0]).toMatch(/^자리가 모자라 요약본에서 뺀 것: .*내 메모.* 뒷면을 추가하면/);
    const sheet = await buildPdfReport(briefing, { ...request, bilingual: true }, { fontDir });
    expect(sheet.warnings).toEqual([
      expect.stringMatching(/^Left out of the English side of the handout for room: /),
      expect.stringMatching(/^자리가 모자라 요약본 한국어 면에서 뺀 것: /)
    ]);
    // No back page to suggest on the two-language sheet.
    expect(sheet.warnings.join(' ')).not.toMatch(/back page|뒷면을/);
  });
});
