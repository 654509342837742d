import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { allFigureModels } from '../../shared/briefing/figures';
import type { Briefing } from '../../shared/briefing/schema';
import { validateBriefing } from '../../shared/briefing/validate';
import { bigBriefing, richBriefing } from './testing/fixtures';
import { buildPdf } from './index';
import { objectText, readPdf, squash, type ParsedPdf } from './testing/pdf-reader';
import { MARGINS } from './theme';

const fontDir = fileURLToPath(new URL('../../../resources/fonts', import.meta.url));
const now = new Date('2025-04-01T09:00:00Z');

function loadExample(): Briefing {
  const json: unknown = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../../examples/minimal-briefing.json', import.meta.url)), 'utf8')
  );
  const result = validateBriefing(json);
  if (!result.ok) throw new Error('example does not validate');
  return result.briefing;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 0-based index of the page where section n (1-based) starts: its "SECTION n" label followed by its title. */
function sectionStart(pdf: ParsedPdf, n: number, title: string): number {
  return pdf.pages.findIndex((p) => squash(p.text).includes(`SECTION ${n} ${title}`));
}

/** Page number printed after a title on the contents pages (those whose running header says "Contents"). */
function contentsNumber(pdf: ParsedPdf, title: string): number {
  const contents = pdf.pages
    .filter((p) => squash(p.text).includes(' · Contents'))
    .map((p) => squash(p.text))
    .join(' ');
  const m = new RegExp(`${escape(title)} (\\d+)`).exec(contents);
  if (!m) throw new Error(`"${title}" not in contents`);
  return Number(m[1]);
}

describe('full briefing PDF', () => {
  const rich = richBriefing();
  const example = loadExample();
  let a4: ParsedPdf;
  let letter: ParsedPdf;
  let ex: ParsedPdf;
  let a4Bytes: Buffer;

  beforeAll(async () => {
    a4Bytes = await buildPdf(
      rich,
      { kind: 'briefing', paper: 'a4', preparedFor: 'The Board', preparedBy: 'Strategy Team' },
      { fontDir, now }
    );
    a4 = await readPdf(a4Bytes);
    letter = await readPdf(await buildPdf(rich, { kind: 'briefing', paper: 'letter' }, { fontDir, now }));
    ex = await readPdf(await buildPdf(example, { kind: 'briefing', paper: 'a4' }, { fontDir, now }));
  });

  it('has a sensible number of pages', () => {
    // Example: cover, contents, one section, glossary, sources.
    expect(ex.pages).toHaveLength(5);
    // Rich: cover + contents + at least a page per section + glossary + sources, and no runaway pages.
    expect(a4.pages.length).toBeGreaterThanOrEqual(2 + rich.sections.length + 2);
    expect(a4.pages.length).toBeLessThanOrEqual(20);
  });

  it('puts the cover details on page 1', () => {
    const cover = squash(a4.pages[0].text);
    for (const s of [
      rich.title,
      rich.subtitle ?? '',
      'As of 31 March 2025',
      'Prepared for'.toUpperCase(),
      'The Board',
      'Strategy Team',
      'TEST DATASET'
    ])
      expect(cover).toContain(s);
    expect(cover).not.toMatch(/Page \d+ of/);
    // The cover's count of sources equals the length of the references list (src-d is never cited).
    expect(cover).toContain('4 sections · 9 figures · 3 sources');
  });

  it('lays the sections out in briefing order, each on its own start page', () => {
    const starts = rich.sections.map((s, i) => sectionStart(a4, i + 1, s.title));
    expect(starts.every((p) => p > 1)).toBe(true);
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1]);
  });

  it('prints contents page numbers that match where sections and figures really are', () => {
    for (const pdf of [a4, letter]) {
      rich.sections.forEach((s, i) => expect(contentsNumber(pdf, s.title)).toBe(sectionStart(pdf, i + 1, s.title) + 1));
      for (const f of allFigureModels(rich)) {
        const page = pdf.pages.findIndex((p, k) => k >= pdf.outline[1].page && squash(p.text).includes(f.caption));
        expect(contentsNumber(pdf, f.caption)).toBe(page + 1);
      }
      const sourcesPage = pdf.pages.findIndex((p) => squash(p.text).includes('Sources One number per source across the whole briefing'));
      expect(contentsNumber(pdf, 'Sources')).toBe(sourcesPage + 1);
    }
  });

  it('links each contents line to its page', () => {
    const contents = a4.pages[1];
    const targets = contents.links.map((l) => l.page);
    const figures = allFigureModels(rich);
    // One link per section and per figure, plus glossary and sources.
    expect(targets).toHaveLength(rich.sections.length + figures.length + 2);
    rich.sections.forEach((s, i) => expect(targets).toContain(sectionStart(a4, i + 1, s.title)));
    expect(targets[targets.length - 1]).toBe(a4.pages.length - 1);
  });

  it('has an outline with the same structure as the contents', () => {
    const figures = allFigureModels(rich);
    expect(a4.outline.map((o) => o.title)).toEqual(['Contents', ...rich.sections.map((s) => s.title), 'Glossary', 'Sources']);
    expect(a4.outline[0].page).toBe(1);
    rich.sections.forEach((s, i) => {
      const node = a4.outline[i + 1];
      expect(node.page).toBe(sectionStart(a4, i + 1, s.title));
      const own = figures.filter((f) => f.sectionId === s.id);
      expect(node.children.map((c) => c.title)).toEqual(own.map((f) => f.caption));
      node.children.forEach((c, k) => expect(squash(a4.pages[c.page].text)).toContain(own[k].caption));
    });
  });

  it('prints every figure caption and source line, with reference numbers', () => {
    const text = squash(a4.pages.map((p) => p.text).join('\n'));
    for (const f of allFigureModels(rich)) {
      expect(text).toContain(f.caption);
      expect(text).toMatch(new RegExp(`${escape(f.sourceLine)} \\[\\d+(, \\d+)*\\]`));
    }
    expect(text).toContain('Note: 2025 is the planned figure.');
    // Timeline details are printed under the axis.
    expect(text).toContain(
      'AI Basic Act passed by the National Assembly: Passed 260 to 1; it sets duties for high-impact and generative AI.'
    );
  });

  const exText = (): string => ex.pages.map((p) => p.text).join('\n');

  it('shows each fact next to its fact-check verdict and note', () => {
    const text = squash(a4.pages.map((p) => p.text).join('\n'));
    expect(text).toMatch(
      /The AI Basic Act takes effect in January 2026\. \(as of January 2025\) \[\s*\d+\s*\] Fact check — Confirmed: The act was promulgated/
    );
    expect(text).toContain('Fact check — Other sources differ: Some provisions may be delayed');
    expect(text).toContain('Fact check — Not confirmed by other sources: Training data size was not disclosed.');
    const ex = squash(exText());
    expect(ex).toMatch(/200 widgets were made in 2023\. \(as of 2023\) \[\s*1\s*\] · Example Institute/);
  });

  it('lists only cited sources, numbered, at the end', () => {
    const last = squash(a4.pages[a4.pages.length - 1].text);
    expect(last).toContain('[1] National AI Strategy. Ministry of Science and ICT, September 2024. https://www.msit.go.kr/example');
    expect(last).toContain('N. Maslej et al. AI Index Report 2024. Stanford HAI, 15 April 2024.');
    expect(last).not.toContain('Unused source');
  });

  it('keeps Hangul text extractable', () => {
    expect(squash(ex.pages.map((p) => p.text).join(' '))).toContain('한국어 텍스트도 표시됩니다');
    expect(squash(a4.pages.map((p) => p.text).join(' '))).toContain('정부는 인공지능 기본법을 통과시켰다');
  });

  it('uses A4 and US Letter page sizes', () => {
    for (const p of a4.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    for (const p of letter.pages) expect([p.width, p.height]).toEqual([612, 792]);
  });

  it('puts a running header and "Page N of M" footer on every page but the cover', () => {
    const total = a4.pages.length;
    a4.pages.forEach((p, i) => {
      const text = squash(p.text);
      if (i === 0) return;
      expect(text).toContain(`Page ${i + 1} of ${total}`);
      expect(text).toContain(`${rich.title} · `);
      expect(text).toContain('As of 31 March 2025');
    });
  });

  it('keeps body text above the bottom margin (only the footer sits below it)', () => {
    for (const pdf of [a4, letter, ex]) {
      pdf.pages.forEach((p, i) => {
        const footerY = Math.min(...p.items.filter((it) => /^Page \d+ of \d+$/.test(it.str)).map((it) => it.y));
        for (const it of p.items) {
          if (i > 0 && Math.abs(it.y - footerY) < 1) continue;
          // Baselines sit at least a descender above the margin line.
          expect(it.y, `"${it.str}" on page ${i + 1}`).toBeGreaterThan(MARGINS.bottom);
        }
      });
    }
  });

  it('never leaves a sub-heading alone at the foot of a page', () => {
    const headings = new Set(['KEY FIGURES', 'TAKEAWAYS', 'ANALYSIS', 'FACTS AND CHECKS']);
    for (const pdf of [a4, letter]) {
      pdf.pages.forEach((p, i) => {
        const body = p.items.filter((it) => it.y > MARGINS.bottom);
        const last = body.reduce((a, b) => (b.y < a.y ? b : a), body[0]);
        expect(headings.has(squash(last.str)), `page ${i + 1} ends with "${last.str}"`).toBe(false);
      });
    }
  });

  it('keeps each figure on one page: caption and source line together', () => {
    for (const pdf of [a4, letter]) {
      for (const f of allFigureModels(rich)) {
        const page = pdf.pages.find((p, k) => k >= pdf.outline[1].page && squash(p.text).includes(f.caption));
        expect(page && squash(page.text).includes(f.sourceLine), f.caption).toBe(true);
      }
    }
  });

  it('tags headings, paragraphs and figures, with the figure summary as alt text', () => {
    const tags = a4.pages.flatMap((p) => p.tags);
    expect(tags.filter((t) => t.role === 'H1').length).toBe(1 + 1 + rich.sections.length + 2); // cover, contents, sections, glossary, sources
    expect(tags.some((t) => t.role === 'TOCI')).toBe(true);
    const figures = allFigureModels(rich);
    expect(tags.filter((t) => t.role === 'Figure').map((t) => t.alt)).toEqual(figures.map((f) => f.summary));
  });

  it('writes metadata and a tagged structure, and embeds only the Pretendard fonts', async () => {
    expect(a4.info.Title).toBe(rich.title);
    expect(a4.info.Author).toBe('Strategy Team');
    expect(a4.info.Subject).toBe(rich.subtitle);
    expect(String(a4.info.Keywords)).toContain('Compute and chips');
    expect(String(a4.info.CreationDate)).toContain('20250401');
    // Boolean checks: printing the whole PDF on failure would drown the report.
    const raw = objectText(a4Bytes);
    expect(raw.includes('/Lang (en)'), 'document language').toBe(true);
    expect(raw.includes('/StructTreeRoot'), 'structure tree').toBe(true);
    expect(/\/Marked true/.test(raw), 'MarkInfo').toBe(true);
    expect(/\/S \/Figure\s[^>]*\/Alt \(/.test(raw), 'figure with alt text').toBe(true);
    expect(raw.match(/\/FontFile2/g)?.length).toBe(3);
    expect(/\/BaseFont \/(Helvetica|Times|Courier)/.test(raw), 'standard fonts').toBe(false);
  });

  it('gives the same bytes for the same input and date', async () => {
    const again = await buildPdf(
      rich,
      { kind: 'briefing', paper: 'a4', preparedFor: 'The Board', preparedBy: 'Strategy Team' },
      { fontDir, now }
    );
    expect(again.equals(a4Bytes)).toBe(true);
  });

  it('draws the charts as vector graphics, not images', () => {
    expect(objectText(a4Bytes).includes('/Subtype /Image')).toBe(false);
  });
});

describe('long briefing', () => {
  it('runs the contents over several pages and still prints the right page numbers', async () => {
    const big = bigBriefing();
    const pdf = await readPdf(await buildPdf(big, { kind: 'briefing', paper: 'letter' }, { fontDir, now }));
    const contentsPages = pdf.pages.filter((p) => squash(p.text).includes(' · Contents'));
    expect(contentsPages.length).toBeGreaterThanOrEqual(2);
    big.sections.forEach((s, i) => {
      const start = sectionStart(pdf, i + 1, s.title);
      expect(start).toBeGreaterThan(contentsPages.length);
      expect(contentsNumber(pdf, s.title)).toBe(start + 1);
      expect(pdf.outline[i + 1].page).toBe(start);
    });
    expect(pdf.outline).toHaveLength(big.sections.length + 3);
  });
});

describe('options', () => {
  const rich = richBriefing();

  it('throws a clear error for an unknown section id', async () => {
    await expect(buildPdf(rich, { kind: 'briefing', paper: 'a4', sections: ['policy', 'nope'] }, { fontDir })).rejects.toThrow(
      'Unknown section id "nope"; the briefing has: policy, compute, companies, talent.'
    );
    await expect(buildPdf(rich, { kind: 'handout', paper: 'a4', sections: [] }, { fontDir })).rejects.toThrow(/No sections selected/);
  });

  it('throws for an unknown paper size, kind or a missing font folder', async () => {
    // Casts stand in for callers that bypass the types (IPC, CLI).
    await expect(buildPdf(rich, { kind: 'briefing', paper: 'a3' as 'a4' }, { fontDir })).rejects.toThrow(/Unknown paper size "a3"/);
    await expect(buildPdf(rich, { kind: 'poster' as 'briefing', paper: 'a4' }, { fontDir })).rejects.toThrow(/Unknown PDF kind "poster"/);
    await expect(buildPdf(rich, { kind: 'briefing', paper: 'a4' }, { fontDir: '/nonexistent' })).rejects.toThrow(/PDF font not found/);
  });

  it('includes only the chosen sections, in briefing order, with figures numbered from 1', async () => {
    const pdf = await readPdf(
      await buildPdf(rich, { kind: 'briefing', paper: 'a4', sections: ['companies', 'compute'] }, { fontDir, now })
    );
    const text = squash(pdf.pages.map((p) => p.text).join('\n'));
    expect(text).not.toContain('Policy and regulation');
    expect(text).not.toContain('Talent and research');
    expect(sectionStart(pdf, 1, 'Compute and chips')).toBeGreaterThan(1);
    expect(sectionStart(pdf, 2, 'Companies and start-ups')).toBeGreaterThan(sectionStart(pdf, 1, 'Compute and chips'));
    expect(text).toContain('Figure 1. HBM market share, 2024');
    expect(text).not.toContain('Government AI budget');
    expect(pdf.outline.map((o) => o.title)).toEqual(['Contents', 'Compute and chips', 'Companies and start-ups', 'Glossary', 'Sources']);
  });
});
