// A paragraph played from its tape must put exactly what wrapping it again would: whole files are compared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../shared/briefing/schema';
import { validateBriefing } from '../../../shared/briefing/validate';
import { buildPdfReport } from '../index';
import type { ExportRequest } from '../../../shared/export-request';
import { clearParagraphTapes, paragraphsPlayed } from './paragraph-tape';

const root = join(__dirname, '..', '..', '..', '..');
const fontDir = join(root, 'resources', 'fonts');
const result = validateBriefing(JSON.parse(readFileSync(join(root, 'resources', 'briefing.json'), 'utf8')));
if (!result.ok) throw new Error('default briefing does not validate');
const briefing: Briefing = result.briefing;
const now = new Date(Date.UTC(2026, 11, 2));

describe('paragraph tapes', () => {
  it('make the same file as wrapping every paragraph anew: briefing A4, handout Letter, a selection in another order', async () => {
    const requests: ExportRequest[] = [
      { kind: 'briefing', paper: 'a4' },
      { kind: 'handout', paper: 'letter' },
      { kind: 'briefing', paper: 'letter', sections: ['semiconductors', 'overview'] }
    ];
    for (const request of requests) {
      clearParagraphTapes();
      const recorded = await buildPdfReport(briefing, request, { fontDir, now });
      const before = paragraphsPlayed();
      const played = await buildPdfReport(briefing, request, { fontDir, now });
      expect(paragraphsPlayed() - before, `${request.kind} ${request.paper}: paragraphs played`).toBeGreaterThan(10);
      expect(played.pages).toBe(recorded.pages);
      expect(played.bytes.equals(recorded.bytes), `${request.kind} ${request.paper}: same bytes`).toBe(true);
    }
  }, 120_000);
});
