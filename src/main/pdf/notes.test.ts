import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../shared/briefing/schema';
import { validateBriefing } from '../../shared/briefing/validate';
import { buildPdf } from './index';
import { PDF_MESSAGES } from '../../shared/i18n/pdf';
import { noteBlocks } from './notes';
import { readPdf, squash } from './testing/pdf-reader';

const fontDir = fileURLToPath(new URL('../../../resources/fonts', import.meta.url));
const result = validateBriefing(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../../resources/briefing.json', import.meta.url)), 'utf8'))
);
if (!result.ok) throw new Error('default briefing does not validate');
const briefing: Briefing = result.briefing;
const LABEL = PDF_MESSAGES.en.yourNotes.toUpperCase();

describe('the PDF reads a note as the screen does (one parser: shared/notes.ts)', () => {
  it('an indented line continues its bullet, control characters go, lists become their bullets', () => {
    expect(noteBlocks('Intro\n- HBM share\n  at 1b nm\n* yields\u0007\n\nAfter.')).toEqual([
      { kind: 'paragraph', text: 'Intro' },
      { kind: 'bullet', text: 'HBM share at 1b nm' },
      { kind: 'bullet', text: 'yields' },
      { kind: 'paragraph', text: 'After.' }
    ]);
  });
});

describe('the full briefing prints the reader’s notes when the pack includes them', () => {
  it('after each chosen section’s sourced text, boxed and labelled on every page they reach, never numbered', async () => {
    const long = Array.from(
      { length: 120 },
      (_, i) => `- Point ${i + 1}: ask what the second quarter looks like for packaging lines.`
    ).join('\n');
    const notes = { semiconductors: `Open with HBM.\n\n${long}`, government: 'Ask about the AI Basic Act timetable.' };
    const request = { kind: 'briefing' as const, paper: 'a4' as const, sections: ['semiconductors', 'government'], notes };
    const pdf = await readPdf(await buildPdf(briefing, request, { fontDir }));
    const pages = pdf.pages.map((p) => squash(p.text));
    const withNotes = pages.map((t, i) => [t, i] as const).filter(([t]) => /Point \d+: ask/.test(t) || t.includes('Open with HBM'));
    expect(withNotes.length, 'the long note runs over more than one page').toBeGreaterThan(1);
    for (const [text, i] of withNotes) expect(text, `page ${i + 1}`).toContain(LABEL);
    // Every point is printed, once, in order.
    const all = pages.join(' ');
    const found = [...all.matchAll(/Point (\d+): ask/g)].map((m) => Number(m[1]));
    expect(found).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    // The notes come after the section's own text (its last fact), and carry no source number.
    const semis = briefing.sections.find((s) => s.id === 'semiconductors')!;
    const lastFact = squash(semis.facts!.at(-1)!.text).slice(0, 40);
    expect(all.indexOf('Open with HBM')).toBeGreaterThan(all.indexOf(lastFact));
    expect(all).toMatch(/Ask about the AI Basic Act timetable\.(?!\s*\[\d)/);
    // Left out when the pack does not include them.
    const without = await readPdf(await buildPdf(briefing, { ...request, includeNotes: false }, { fontDir }));
    expect(squash(without.pages.map((p) => p.text).join(' '))).not.toContain(LABEL);
  });
});
