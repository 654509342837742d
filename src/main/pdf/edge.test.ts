import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allFigureModels } from '../../shared/briefing/figures';
import { edgeBriefing, sweepBriefing } from './testing/fixtures';
import { buildPdf } from './index';
import { readPdf, squash } from './testing/pdf-reader';
import { MARGINS } from './theme';

const fontDir = fileURLToPath(new URL('../../../resources/fonts', import.meta.url));

describe('awkward data', () => {
  it('still lays out within the margins, with every figure whole on one page', async () => {
    const edge = edgeBriefing();
    for (const paper of ['a4', 'letter'] as const) {
      const pdf = await readPdf(await buildPdf(edge, { kind: 'briefing', paper, preparedFor: 'x'.repeat(120) }, { fontDir }));
      pdf.pages.forEach((p, i) => {
        for (const it of p.items) {
          expect(it.y, `"${it.str}" on page ${i + 1}`).toBeLessThan(p.height - 20);
          if (i > 0 && /^Page \d+ of \d+$|^As of /.test(it.str)) continue;
          expect(it.y, `"${it.str}" on page ${i + 1}`).toBeGreaterThan(MARGINS.bottom);
        }
      });
      for (const f of allFigureModels(edge)) {
        const page = pdf.pages.find((p, k) => k >= pdf.outline[1].page && squash(p.text).includes(f.caption));
        expect(page && squash(page.text).includes(f.sourceLine), f.caption).toBe(true);
      }
      const text = squash(pdf.pages.map((p) => p.text).join('\n'));
      expect(text).toMatch(/Showing the first \d+ of 80 categories\./);
      expect(text).toMatch(/… and \d+ more/);
      expect(text).toContain('-120');
      expect(text).toContain('No values to show for this figure.');
    }
  });

  it('makes a handout from sections without takeaways or key figures', async () => {
    const pdf = await readPdf(await buildPdf(edgeBriefing(), { kind: 'handout', paper: 'a4' }, { fontDir }));
    expect(pdf.pages.length).toBeLessThanOrEqual(2);
    // The empty figure is skipped; the next two with values are shown.
    const text = squash(pdf.pages[0].text);
    expect(text).not.toContain('Figure 1. All values missing');
    expect(text).toContain('Figure 2. Profit and loss');
    expect(text).toContain('Figure 3. A single point');
  });

  it('keeps a heading with what follows wherever it lands on the page', async () => {
    const pdf = await readPdf(await buildPdf(sweepBriefing(), { kind: 'briefing', paper: 'a4' }, { fontDir }));
    let facts = 0;
    pdf.pages.forEach((p, i) => {
      const body = p.items.filter((it) => it.y > MARGINS.bottom);
      const last = body.reduce((a, b) => (b.y < a.y ? b : a), body[0]);
      expect(squash(last.str), `page ${i + 1}`).not.toBe('FACTS AND CHECKS');
      // Every heading on a page is followed on that page by its first claim.
      if (squash(p.text).includes('FACTS AND CHECKS')) {
        facts++;
        expect(squash(p.text)).toMatch(/FACTS AND CHECKS A claim that has a check\. \[\s*1\s*\] Fact check — Disputed: Another source/);
      }
    });
    expect(facts).toBe(40);
  });
});
