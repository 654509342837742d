import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bigBriefing, richBriefing } from './testing/fixtures';
import { pickHandoutFigures, pickKeyFigures } from './handout';
import { buildPdf } from './index';
import { readPdf, squash } from './testing/pdf-reader';
import { allFigureModels } from '../../shared/briefing/figures';
import { keyFigureValue } from './format';

const fontDir = fileURLToPath(new URL('../../../resources/fonts', import.meta.url));

describe('handout PDF', () => {
  const rich = richBriefing();

  it('fits on one page for a normal briefing, in both paper sizes, with the right size', async () => {
    for (const [paper, size] of [
      ['a4', [595, 842]],
      ['letter', [612, 792]]
    ] as const) {
      const pdf = await readPdf(await buildPdf(rich, { kind: 'handout', paper }, { fontDir }));
      expect(pdf.pages).toHaveLength(1);
      expect([Math.round(pdf.pages[0].width), Math.round(pdf.pages[0].height)]).toEqual(size);
    }
  });

  it('shows the title, as-of date, key numbers, one takeaway per section, two charts and sources', async () => {
    const pdf = await readPdf(await buildPdf(rich, { kind: 'handout', paper: 'a4', preparedFor: 'The Board' }, { fontDir }));
    const text = squash(pdf.pages.map((p) => p.text).join('\n'));
    expect(text).toContain(rich.title);
    expect(text).toContain('AS OF 31 MARCH 2025');
    expect(text).toContain('PREPARED FOR THE BOARD');
    for (const k of pickKeyFigures(rich.sections.map((s) => s.keyFigures))) expect(text).toContain(keyFigureValue(k));
    for (const s of rich.sections) expect(text).toContain(`${s.title}: ${s.takeaways[0].text}`);
    expect(text).not.toContain(rich.sections[0].takeaways[1].text);
    const figures = allFigureModels(rich);
    const chosen = pickHandoutFigures(figures);
    expect(chosen.map((f) => f.caption)).toEqual(['Figure 1. Government AI budget by year', 'Figure 3. HBM market share, 2024']);
    for (const f of figures) {
      if (chosen.includes(f)) expect(text).toContain(f.caption);
      else expect(text).not.toContain(f.caption);
    }
    expect(text).toMatch(/SOURCES \[1\] National AI Strategy/);
    expect(text).toContain('Page 1 of 1');
  });

  it('never runs past two pages, trimming the sources list if it must', async () => {
    const big = bigBriefing();
    for (const paper of ['a4', 'letter'] as const) {
      const pdf = await readPdf(await buildPdf(big, { kind: 'handout', paper }, { fontDir }));
      expect(pdf.pages.length).toBe(2);
      const text = squash(pdf.pages.map((p) => p.text).join('\n'));
      expect(text).toContain('Page 2 of 2');
      expect(text).toContain('SOURCES');
    }
  });

  it('tightens its layout to stay on one page when it can', async () => {
    const sections = Array.from({ length: 9 }, (_, i) => ({
      ...rich.sections[i % 4],
      id: `s${i}`,
      title: `Section ${i + 1}`,
      takeaways: [
        {
          text: 'A takeaway long enough to need two lines on the handout page, because boards like detail and context in every bullet point they read.',
          sources: ['src-a']
        }
      ],
      figures: rich.sections[i % 4].figures.map((f) => ({ ...f, id: `${f.id}-${i}` }))
    }));
    const pdf = await readPdf(await buildPdf({ ...rich, sections }, { kind: 'handout', paper: 'a4' }, { fontDir }));
    expect(pdf.pages).toHaveLength(1);
    const text = squash(pdf.pages[0].text);
    // Tighter: source lines under the charts shrink to their reference numbers.
    expect(text).toMatch(/Source: \[\d+\]/);
    for (let i = 1; i <= 9; i++) expect(text).toContain(`Section ${i}: A takeaway long enough`);
  });

  it('uses only the chosen sections', async () => {
    const pdf = await readPdf(await buildPdf(rich, { kind: 'handout', paper: 'a4', sections: ['companies'] }, { fontDir }));
    const text = squash(pdf.pages.map((p) => p.text).join('\n'));
    expect(text).toContain('Companies and start-ups:');
    expect(text).not.toContain('Policy and regulation:');
    expect(text).toContain('Figure 1. Venture investment in AI start-ups');
    expect(text).toContain('Figure 2. Notable models by organisation type');
  });
});

describe('handout picks', () => {
  it('takes key figures round-robin across sections, at most eight', () => {
    const k = (label: string) => ({ label, value: 1, unit: '', sources: ['x'] });
    const picked = pickKeyFigures([[k('a1'), k('a2'), k('a3')], [k('b1')], [k('c1'), k('c2')]], 5);
    expect(picked.map((p) => p.label)).toEqual(['a1', 'b1', 'c1', 'a2', 'c2']);
  });
});
