import { exportGlossary } from '../../shared/briefing/lookups';
import type { DocContext, TocEntry } from './context';
import { referenceText, sourceDestination } from './format';
import { COLORS, SPACE, STYLES, type TextStyle } from './theme';

const REF: TextStyle = { font: 'regular', size: 8.5, lineGap: 2, color: COLORS.text };
// Wide enough for "[145]" on one line at 8.5 pt (a narrower column wrapped the closing bracket).
const NUM_W = 32;

/** Starts an appendix page with its H1; returns the contents entry. */
function startAppendix(ctx: DocContext, title: string, dest: string): { entry: TocEntry; sect: PDFKit.PDFStructureElement } {
  const { doc, flow } = ctx;
  flow.header = title;
  flow.addPage();
  doc.addNamedDestination(dest);
  const sect = doc.struct('Sect', { title });
  ctx.root.add(sect);
  flow.tag(sect, 'H1', () => flow.write(title, STYLES.h1));
  flow.gap(SPACE.s);
  return { entry: { title, page: flow.pageIndex, dest, children: [] }, sect };
}

/** The glossary (term, Korean term, explanation), when the dataset has one. */
export function drawGlossary(ctx: DocContext): TocEntry | null {
  // A PDF of some sections carries only the terms they use; alphabetical, as the screen's glossary.
  const glossary = exportGlossary(ctx.briefing, ctx.sections);
  if (glossary.length === 0) return null;
  const { flow, refs } = ctx;
  const { entry, sect } = startAppendix(ctx, ctx.t.glossary, 'glossary');
  flow.gap(SPACE.s);
  for (const g of glossary) {
    // The reader's language first: "HBM (고대역폭 메모리)" in English, "고대역폭 메모리 (HBM)" in Korean.
    const term = !g.ko ? g.term : ctx.lang === 'ko' ? `${g.ko} (${g.term})` : `${g.term} (${g.ko})`;
    const mark = g.sources?.length ? ` ${refs.mark(g.sources)}` : '';
    const h = flow.measure(term, STYLES.caption) + flow.measure(g.explanation + mark, STYLES.body);
    flow.ensure(h);
    flow.tag(sect, 'P', () => {
      flow.write(term, STYLES.caption);
      flow.writeRuns([
        { text: g.explanation + (mark ? ' ' : ''), style: STYLES.body },
        ...refs.runs(g.sources ?? [], STYLES.body, COLORS.muted)
      ]);
    });
    flow.gap(SPACE.s);
  }
  sect.end();
  return entry;
}

/** The numbered references list: the sources this document cites, under the briefing-wide numbers (numbering.ts). */
export function drawReferences(ctx: DocContext): TocEntry {
  const { flow } = ctx;
  const { entry, sect } = startAppendix(ctx, ctx.t.sources, 'sources');
  flow.tag(sect, 'P', () => flow.write(ctx.t.sourcesIntro, STYLES.small));
  flow.gap(SPACE.m);
  const list = ctx.doc.struct('L');
  sect.add(list);
  const w = flow.width - NUM_W;
  for (const { n, source } of ctx.refs.list()) {
    const text = referenceText(source, 'full', ctx.t);
    const h = flow.measure(text, REF, w);
    flow.ensure(h);
    const y = flow.y;
    // Where the text's citations of this source jump to (a little above the line, so it is not cut off).
    ctx.doc.addNamedDestination(sourceDestination(n), 'XYZ', flow.left, Math.max(0, y - 6), null);
    flow.tag(list, 'LI', () => {
      flow.write(`[${n}]`, { ...REF, color: COLORS.muted }, { x: flow.left, width: NUM_W - 6, align: 'right' });
      flow.y = y;
      // The URL is a live link; the rest is plain text.
      const body = source.url ? text.slice(0, text.indexOf(source.url)) : text;
      const rest = source.url ? text.slice(text.indexOf(source.url)) : '';
      flow.writeRuns(
        rest
          ? [
              { text: body, style: REF },
              { text: rest, style: REF, color: COLORS.accent, link: source.url }
            ]
          : [{ text: body, style: REF }],
        { x: flow.left + NUM_W, width: w }
      );
    });
    flow.gap(SPACE.xs);
  }
  list.end();
  sect.end();
  return entry;
}
