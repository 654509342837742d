import { exportGlossary } from '../../shared/briefing/lookups';
import { drawGlossary, drawReferences } from './appendix';
import { drawPageChrome } from './chrome';
import { contentsPageCount, fillContents, startContents } from './contents';
import type { DocContext, TocEntry } from './context';
import { drawCover } from './cover';
import { drawSection } from './section';

/** Contents entries before layout: same titles as after, page numbers still unknown. */
function provisionalEntries(ctx: DocContext): TocEntry[] {
  const entries: TocEntry[] = ctx.sections.map((s) => ({
    title: s.title,
    page: 0,
    dest: `section-${s.id}`,
    children: ctx.figures
      .filter((f) => f.sectionId === s.id)
      .map((f) => ({ title: f.caption, page: 0, dest: `figure-${f.id}`, children: [] }))
  }));
  if (exportGlossary(ctx.briefing, ctx.sections).length) entries.push({ title: ctx.t.glossary, page: 0, dest: 'glossary', children: [] });
  entries.push({ title: ctx.t.sources, page: 0, dest: 'sources', children: [] });
  return entries;
}

/** Adds the bookmarks: the same entries as the contents, sections with their figures nested. */
function addOutline(ctx: DocContext, entries: TocEntry[], contentsPage: number): void {
  const { doc } = ctx;
  // pdfkit accepts a target page index, which its typings leave out.
  const at = (page: number, expanded = false): { expanded?: boolean; pageNumber?: number } => ({ pageNumber: page, expanded });
  doc.outline.addItem(ctx.t.contents, at(contentsPage));
  for (const e of entries) {
    const item = doc.outline.addItem(e.title, at(e.page, e.children.length > 0));
    for (const c of e.children) item.addItem(c.title, at(c.page));
  }
}

/** Lays out the full briefing: cover, contents, sections, glossary, sources, then headers and footers. */
export function layoutBriefing(ctx: DocContext): void {
  const { doc, flow } = ctx;
  drawCover(ctx);

  // Reserve the contents pages now; page numbers are written into them once the sections are placed.
  const provisional = provisionalEntries(ctx);
  const tocPages = contentsPageCount(flow, provisional);
  flow.header = ctx.t.contents;
  const toc = doc.struct('TOC');
  ctx.root.add(toc);
  flow.addPage();
  const firstTocPage = flow.pageIndex;
  startContents(ctx, toc);
  for (let i = 1; i < tocPages; i++) flow.addPage();

  const entries: TocEntry[] = ctx.sections.map((s, i) =>
    drawSection(
      ctx,
      s,
      i,
      ctx.figures.filter((f) => f.sectionId === s.id)
    )
  );
  const glossary = drawGlossary(ctx);
  if (glossary) entries.push(glossary);
  entries.push(drawReferences(ctx));

  fillContents(ctx, toc, entries, firstTocPage);
  addOutline(ctx, entries, firstTocPage);
  const label = ctx.briefing.label ? `  ·  ${ctx.briefing.label}` : '';
  const title = ctx.briefing.title;
  drawPageChrome(ctx, {
    from: 1,
    header: (i) => `${title}  ·  ${flow.pageHeaders[i] ?? ''}`,
    footerLeft: `${ctx.t.asOf(ctx.t.date(ctx.briefing.asOf))}${label}`
  });
}
