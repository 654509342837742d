import type { DocContext, TocEntry } from './context';
import { docMessages } from './language';
import type { Flow, StructElement } from './layout';
import { COLORS, STYLES, SPACE, type TextStyle } from './theme';

const SECTION_ROW: TextStyle = { font: 'semibold', size: 10.5, lineGap: 2, color: COLORS.text };
const FIGURE_ROW: TextStyle = { font: 'regular', size: 9, lineGap: 1.5, color: COLORS.muted };
const NUMBER_W = 22;
const PAGE_W = 34;

interface Row {
  entry: TocEntry;
  level: 0 | 1;
  number: string;
  y: number;
  height: number;
}

/** Title block height of the first contents page. */
function titleHeight(flow: Flow): number {
  return flow.measure(docMessages(flow.doc).contents, STYLES.h1) + SPACE.l;
}

function rowIndent(level: 0 | 1): number {
  return level === 0 ? NUMBER_W : NUMBER_W + 12;
}

/** Space above a section line and a figure line, and where a contents page ends. */
interface Spacing {
  section: number;
  figure: number;
  bottom: number;
}

/** Splits the contents rows into pages; the row text does not depend on page numbers, so this works before layout. */
function paginate(flow: Flow, entries: TocEntry[], sp: Spacing): Row[][] {
  const pages: Row[][] = [[]];
  let y = flow.top + titleHeight(flow);
  const rowHeight = (entry: TocEntry, level: 0 | 1): number =>
    flow.measure(entry.title, level === 0 ? SECTION_ROW : FIGURE_ROW, flow.width - rowIndent(level) - PAGE_W) +
    (level === 0 ? sp.section : sp.figure);
  const place = (entry: TocEntry, level: 0 | 1, number: string): void => {
    const before = level === 0 ? sp.section : sp.figure;
    const height = rowHeight(entry, level);
    // A section line stays with its first figure line.
    const keep = level === 0 && entry.children.length ? rowHeight(entry.children[0], 1) : 0;
    if (y + height + keep > sp.bottom) {
      pages.push([]);
      y = flow.top;
    }
    pages[pages.length - 1].push({ entry, level, number, y: y + before, height });
    y += height;
  };
  let n = 0;
  for (const e of entries) {
    const numbered = e.dest.startsWith('section-');
    place(e, 0, numbered ? String(++n) : '');
    for (const c of e.children) place(c, 1, '');
  }
  return pages;
}

/** How much of its page the last contents page uses, 0–1. */
function lastPageFill(flow: Flow, pages: Row[][]): number {
  const rows = pages[pages.length - 1];
  const last = rows[rows.length - 1];
  return last ? (last.y + last.height - flow.top) / (flow.bottom - flow.top) : 0;
}

/** A page of contents less than a quarter full looks like a mistake. */
const MIN_LAST_PAGE_FILL = 0.25;

/**
 * The spacing that keeps the contents from spilling a few lines onto a page of their own: the usual spacing when
 * the last page is at least a quarter full; else tighter spacing if that saves the page; else the usual spacing
 * with every page ending a little higher, so that lines move over and the last page holds a quarter.
 */
function chooseSpacing(flow: Flow, entries: TocEntry[]): Spacing {
  const usual: Spacing = { section: 9, figure: 3, bottom: flow.bottom };
  const pages = paginate(flow, entries, usual);
  if (pages.length < 2 || lastPageFill(flow, pages) >= MIN_LAST_PAGE_FILL) return usual;
  const tight: Spacing = { section: 5, figure: 1, bottom: flow.bottom };
  if (paginate(flow, entries, tight).length < pages.length) return tight;
  const half = flow.top + (flow.bottom - flow.top) / 2;
  for (let bottom = flow.bottom - 12; bottom > half; bottom -= 12) {
    const balanced = { ...usual, bottom };
    const moved = paginate(flow, entries, balanced);
    if (moved.length > pages.length) break;
    if (lastPageFill(flow, moved) >= MIN_LAST_PAGE_FILL) return balanced;
  }
  return usual;
}

function contentsPages(flow: Flow, entries: TocEntry[]): Row[][] {
  return paginate(flow, entries, chooseSpacing(flow, entries));
}

/** How many pages the contents will take for these entries (titles only; pages are not needed). */
export function contentsPageCount(flow: Flow, entries: TocEntry[]): number {
  return contentsPages(flow, entries).length;
}

/** Draws the "Contents" title on the first reserved page; the lines are filled in by fillContents. */
export function startContents(ctx: DocContext, toc: StructElement): void {
  ctx.flow.tag(toc, 'H1', () => ctx.flow.write(ctx.t.contents, STYLES.h1));
}

/** Writes the contents lines with their real page numbers onto the reserved pages (firstPage is 0-based). */
export function fillContents(ctx: DocContext, toc: StructElement, entries: TocEntry[], firstPage: number): void {
  const { doc, flow } = ctx;
  contentsPages(flow, entries).forEach((rows, k) => {
    doc.switchToPage(firstPage + k);
    for (const row of rows) {
      const style = row.level === 0 ? SECTION_ROW : FIGURE_ROW;
      const x = flow.left + rowIndent(row.level);
      const textW = flow.width - rowIndent(row.level) - PAGE_W;
      const pageText = String(row.entry.page + 1);
      flow.tag(toc, 'TOCI', () => {
        flow.y = row.y;
        if (row.number) flow.write(row.number, SECTION_ROW, { x: flow.left, width: NUMBER_W, color: COLORS.accent });
        flow.y = row.y;
        flow.write(row.entry.title, style, { x, width: textW, goTo: row.entry.dest });
        const lastLineY = flow.y - flow.measure('X', style);
        flow.y = lastLineY;
        flow.write(pageText, style, {
          x: flow.right - PAGE_W,
          width: PAGE_W,
          align: 'right',
          color: row.level === 0 ? COLORS.text : COLORS.muted
        });
      });
      // Dotted leader from the end of a one-line title to its page number.
      const single = flow.measure(row.entry.title, style, textW) <= flow.measure('X', style) + 0.5;
      if (single) {
        const tw = flow.textWidth(row.entry.title, style);
        const ly = row.y + style.size * 0.95;
        const x1 = flow.right - flow.textWidth(pageText, style) - 6;
        if (x1 - (x + tw + 6) > 10) {
          flow.artifact(() => {
            doc
              .save()
              .moveTo(x + tw + 6, ly)
              .lineTo(x1, ly)
              .lineWidth(0.8)
              .lineCap('round')
              .dash(0.01, { space: 2.6 })
              .strokeColor(COLORS.faint)
              .stroke()
              .undash()
              .restore();
          });
        }
      }
    }
  });
  toc.end();
}
