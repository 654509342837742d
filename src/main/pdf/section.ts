import type { FigureModel } from '../../shared/briefing/figures';
import type { Fact, KeyFigure, Section, SourcedText } from '../../shared/briefing/schema';
import type { DocContext, TocEntry } from './context';
import { planFigure } from './figure';
import { factStatus, tallyClaims } from '../../shared/briefing/verdicts';
import { keyFigureValue } from './format';
import { qualifierParts } from '../../shared/i18n/qualifiers';
import { drawSectionNotes } from './notes';
import type { StructElement, TextRun } from './layout';
import { COLORS, SPACE, STYLES, type TextStyle } from './theme';

const SUBHEAD: TextStyle = { font: 'semibold', size: 9, lineGap: 2, color: COLORS.accent, characterSpacing: 0.5 };
const CHECK_LABEL: TextStyle = { font: 'semibold', size: 9, lineGap: 2.5, color: COLORS.accent };
const CHECK_TEXT: TextStyle = { font: 'regular', size: 9, lineGap: 2.5, color: COLORS.text };

/**
 * What follows a fact's reference numbers: an unchecked claim of the starting article says so; a checked one has its
 * checks beneath; a fact from another source names where it comes from instead of reading as if it were in doubt.
 */
function statusSuffix(ctx: DocContext, fact: Fact): string {
  const status = factStatus(ctx.briefing, fact);
  if (status.kind === 'claim') return status.verdict === 'unchecked' ? `  · ${ctx.t.articleClaimUnchecked}` : '';
  const publishers = [...new Set(fact.sources.map((id) => ctx.briefing.sources.find((s) => s.id === id)?.publisher).filter(Boolean))];
  return publishers.length ? `  · ${publishers.join('; ')}` : '';
}

/** Height of the first two lines of body text: a heading must have at least that much after it. */
function twoLines(ctx: DocContext): number {
  return ctx.flow.measure('X\nX', STYLES.body);
}

/** Uppercase sub-heading (H2) kept on the same page as `next` points of what follows. */
function subhead(ctx: DocContext, parent: StructElement, text: string, next: number): void {
  const { flow } = ctx;
  if (flow.y > flow.top + 1) flow.gap(SPACE.l);
  const h = flow.measure(text.toUpperCase(), SUBHEAD) + SPACE.s;
  flow.ensure(h + next);
  const y = flow.y;
  flow.tag(parent, 'H2', () => flow.write(text.toUpperCase(), SUBHEAD));
  flow.artifact(() => {
    const tw = flow.textWidth(text.toUpperCase(), SUBHEAD);
    ctx.doc
      .moveTo(flow.left + tw + 10, y + 5.5)
      .lineTo(flow.right, y + 5.5)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
  });
  flow.gap(SPACE.s);
}

/** A paragraph followed by its grey reference numbers; at least two lines stay together. */
function sourcedParagraph(
  ctx: DocContext,
  parent: StructElement,
  item: SourcedText,
  opts: { x?: number; width?: number; type?: string; before?: (y: number) => void } = {}
): void {
  const { flow, refs } = ctx;
  const mark = refs.mark(item.sources);
  const width = opts.width ?? flow.width;
  const h = flow.measure(`${item.text} ${mark}`, STYLES.body, width);
  // No orphan (a lone first line at the foot) and, for short paragraphs, no widow (a lone last line on the next page).
  const line = flow.measure('X', STYLES.body);
  const lines = Math.round(h / line);
  const fitting = Math.floor((flow.remaining() + 0.01) / line);
  const widow = lines > fitting && lines - fitting === 1 && lines <= 8;
  flow.ensure(widow ? h : Math.min(h, twoLines(ctx)));
  opts.before?.(flow.y);
  flow.tag(parent, opts.type ?? 'P', () =>
    flow.writeRuns([{ text: `${item.text} `, style: STYLES.body }, ...refs.runs(item.sources, STYLES.body, COLORS.muted)], {
      x: opts.x,
      width
    })
  );
}

/** Value size that fits a tile's width: 20 pt (16 in compact tiles), shrinking for long values like "about USD 1.2 trillion". */
function valueStyle(ctx: DocContext, text: string, width: number, largest = 20): TextStyle {
  for (let size = largest; size > 11; size -= 1) {
    const style: TextStyle = { font: 'bold', size, lineGap: 1, color: COLORS.accent };
    if (ctx.flow.textWidth(text, style) <= width) return style;
  }
  return { font: 'bold', size: 11, lineGap: 1, color: COLORS.accent };
}

/** Three or four tiles to a row, whichever leaves fewer empty places (4 → one row of four, 5 → three and two). Pure. */
export function tileColumns(count: number): 3 | 4 {
  const empty = (c: number): number => Math.ceil(count / c) * c - count;
  return empty(4) < empty(3) ? 4 : 3;
}

interface TileRow {
  height: number;
  tiles: { k: KeyFigure; value: string; vStyle: TextStyle; metaRuns: TextRun[]; metaH: number }[];
  qualifierH: number;
}

/** Tile sizes: the briefing's, and the compact ones a crowded handout uses (7 pt and up, like everything else). */
const TILE_LOOK = {
  normal: { pad: 10, value: 20, label: STYLES.small },
  compact: { pad: 7, value: 16, label: { ...STYLES.small, size: 7.5, lineGap: 1.5 } }
} as const;
export type TileLook = keyof typeof TILE_LOOK;

/** Measures key-figure tiles row by row (so a heading can be kept with the first row). */
function tileRows(ctx: DocContext, figures: KeyFigure[], columns: number, innerW: number, look: TileLook = 'normal'): TileRow[] {
  const { flow } = ctx;
  const { pad, value: largest, label } = TILE_LOOK[look];
  const rows: TileRow[] = [];
  for (let start = 0; start < figures.length; start += columns) {
    const slice = figures.slice(start, start + columns);
    // One shared qualifier line per row keeps the numbers of a row on one baseline.
    const qualifierH = slice.some((k) => qualifierParts(k.qualifier, ctx.lang).before) ? flow.measure('about', QUALIFIER, innerW) : 0;
    const tiles = slice.map((k) => {
      const value = keyFigureValue(ctx, k, false);
      const vStyle = valueStyle(ctx, value, innerW, largest);
      const asOf = k.asOf ? ctx.t.asOf(ctx.t.date(k.asOf)) : '';
      const mark = ctx.refs.mark(k.sources);
      const meta = [asOf, mark].filter(Boolean).join('  ');
      const metaH = flow.measure(meta, STYLES.tiny, innerW) + 2;
      const h = qualifierH + flow.measure(value, vStyle, innerW) + flow.measure(k.label, label, innerW) + 2 + metaH;
      const metaRuns = [
        ...(asOf ? [{ text: mark ? `${asOf}  ` : asOf, style: STYLES.tiny }] : []),
        ...ctx.refs.runs(k.sources, STYLES.tiny)
      ];
      return { k, value, vStyle, metaRuns, metaH, h };
    });
    rows.push({ height: Math.max(...tiles.map((t) => t.h)) + 2 * pad, tiles, qualifierH });
  }
  return rows;
}

const TILE_GAP = 10;
const QUALIFIER: TextStyle = { ...STYLES.small, font: 'semibold' };

/** Tile geometry for a width and column count. */
function tileGeometry(width: number, columns: number, look: TileLook = 'normal'): { tileW: number; innerW: number } {
  const tileW = (width - TILE_GAP * (columns - 1)) / columns;
  return { tileW, innerW: tileW - 2 * TILE_LOOK[look].pad - 3 };
}

/** Height of the first row of tiles, for keeping a heading with it. */
export function firstTileRowHeight(
  ctx: DocContext,
  figures: KeyFigure[],
  columns: number,
  width = ctx.flow.width,
  look: TileLook = 'normal'
): number {
  return tileRows(ctx, figures.slice(0, columns), columns, tileGeometry(width, columns, look).innerW, look)[0]?.height ?? 0;
}

/** Key-figure tiles: the number (with "about", "more than" … on a small line above it), its label, then "as of" and references. */
export function drawTiles(
  ctx: DocContext,
  parent: StructElement,
  figures: KeyFigure[],
  opts: { columns: number; x?: number; width?: number; look?: TileLook }
): void {
  const { flow, doc } = ctx;
  const x0 = opts.x ?? flow.left;
  const look = opts.look ?? 'normal';
  const { pad, label } = TILE_LOOK[look];
  const { tileW, innerW } = tileGeometry(opts.width ?? flow.width, opts.columns, look);
  for (const row of tileRows(ctx, figures, opts.columns, innerW, look)) {
    if (!flow.ensure(row.height)) return;
    const y = flow.y;
    row.tiles.forEach((t, i) => {
      const tx = x0 + i * (tileW + TILE_GAP);
      const textX = tx + pad + 3;
      flow.tag(parent, 'P', () => {
        doc.rect(tx, y, tileW, row.height).fillColor(COLORS.tile).fill();
        doc.rect(tx, y, 3, row.height).fillColor(COLORS.accent).fill();
        flow.y = y + pad;
        const { before } = qualifierParts(t.k.qualifier, ctx.lang);
        if (before) flow.write(before, QUALIFIER, { x: textX, width: innerW });
        flow.y = y + pad + row.qualifierH;
        flow.write(t.value, t.vStyle, { x: textX, width: innerW });
        flow.write(t.k.label, { ...label, color: COLORS.text }, { x: textX, width: innerW });
        flow.y = y + row.height - pad - t.metaH + 2;
        if (t.metaRuns.length) flow.writeRuns(t.metaRuns, { x: textX, width: innerW });
      });
    });
    flow.y = y + row.height + TILE_GAP;
  }
  flow.y -= TILE_GAP;
}

interface FactPlan {
  /** Space that must be free before the fact starts: all of it, or claim + first check when taller than a page. */
  keep: number;
  draw(parent: StructElement): void;
}

/** Measures a claim with its fact-checks beneath; drawn together so a reader sees both. */
function planFact(ctx: DocContext, fact: Fact): FactPlan {
  const { flow, doc, refs } = ctx;
  const indent = 12;
  const claimMark = refs.mark(fact.sources);
  const asOf = fact.asOf ? ctx.t.asOfAside(ctx.t.date(fact.asOf)) : '';
  const w = flow.width - indent;
  const checks = (fact.checks ?? []).map((c) => ({ c, label: `${ctx.t.checkHeading(c.verdict)}: `, mark: refs.mark(c.sources) }));
  const suffix = statusSuffix(ctx, fact);
  const claimH = flow.measure(`${fact.text}${asOf} ${claimMark}${suffix}`, STYLES.body, w);
  // Measured in the bold face so a run switching fonts can never need more room than reserved.
  const checkHs = checks.map((k) => flow.measure(`${k.label}${k.c.note} ${k.mark}`, CHECK_LABEL, w - indent) + SPACE.xs);
  const total = claimH + checkHs.reduce((a, b) => a + b, 0) + SPACE.xs;
  const keep = total <= flow.bottom - flow.top ? total : claimH + (checkHs[0] ?? 0);

  return {
    keep,
    draw(parent) {
      flow.ensure(keep);
      const page = flow.pageIndex;
      const y0 = flow.y;
      const el = doc.struct('Div');
      parent.add(el);
      flow.tag(el, 'P', () =>
        flow.writeRuns(
          [
            { text: `${fact.text}${asOf} `, style: STYLES.body },
            // Said outright, so a missing check is not mistaken for one left out.
            ...refs.runs(fact.sources, STYLES.body, COLORS.muted),
            { text: suffix, style: STYLES.body, color: COLORS.muted }
          ],
          { x: flow.left + indent, width: w }
        )
      );
      const claimEnd = flow.y;
      for (const k of checks) {
        flow.gap(SPACE.xs);
        flow.tag(el, 'P', () =>
          flow.writeRuns(
            [
              { text: k.label, style: CHECK_LABEL },
              { text: `${k.c.note} `, style: CHECK_TEXT },
              ...refs.runs(k.c.sources, CHECK_TEXT, COLORS.muted)
            ],
            { x: flow.left + 2 * indent, width: w - indent }
          )
        );
      }
      el.end();
      // Left rules: solid accent for the claim, grey for its checks (skipped if pdfkit had to break the page).
      if (flow.pageIndex === page) {
        const yEnd = flow.y;
        flow.artifact(() => {
          doc
            .rect(flow.left, y0 + 1, 2, claimEnd - y0 - 3)
            .fillColor(COLORS.accent)
            .fill();
          if (checks.length)
            doc
              .rect(flow.left + indent, claimEnd + SPACE.xs + 1, 1.2, yEnd - claimEnd - SPACE.xs - 3)
              .fillColor(COLORS.rule)
              .fill();
        });
      }
      flow.gap(SPACE.m);
    }
  };
}

/** Lays out one section from a new page; returns its contents entry (with its figures as children). */
export function drawSection(ctx: DocContext, section: Section, index: number, figures: FigureModel[]): TocEntry {
  const { doc, flow, root } = ctx;
  flow.header = section.title;
  flow.addPage();
  const dest = `section-${section.id}`;
  doc.addNamedDestination(dest);
  const entry: TocEntry = { title: section.title, page: flow.pageIndex, dest, children: [] };
  const sect = doc.struct('Sect', { title: section.title });
  root.add(sect);

  const { t } = ctx;
  flow.artifact(() => flow.write(t.sectionNumber(index + 1), { ...STYLES.label, color: COLORS.muted }));
  flow.gap(6);
  flow.tag(sect, 'H1', () => flow.write(section.title, STYLES.h1));
  flow.gap(SPACE.s);
  flow.tag(sect, 'P', () => flow.write(section.summary, { ...STYLES.lead, color: COLORS.text }));

  if (section.keyFigures.length) {
    const columns = tileColumns(section.keyFigures.length);
    subhead(ctx, sect, t.keyFigures, firstTileRowHeight(ctx, section.keyFigures, columns));
    drawTiles(ctx, sect, section.keyFigures, { columns });
  }
  if (section.takeaways.length) {
    subhead(ctx, sect, t.takeaways, twoLines(ctx));
    const list = doc.struct('L');
    sect.add(list);
    for (const t of section.takeaways) {
      const bullet = (y: number): void =>
        flow.artifact(() =>
          doc
            .rect(flow.left + 2, y + 4.5, 4.5, 4.5)
            .fillColor(COLORS.accent)
            .fill()
        );
      sourcedParagraph(ctx, list, t, { x: flow.left + 14, width: flow.width - 14, type: 'LI', before: bullet });
      flow.gap(SPACE.xs);
    }
    list.end();
  }
  const article = ctx.briefing.sources.find((x) => x.id === ctx.briefing.basedOn);
  const tally = section.id === ctx.briefing.sections[0].id && article ? t.tally(tallyClaims(ctx.briefing), article.title) : null;
  if (tally) {
    // Counted from the dataset, as on screen: how many of the article's claims were checked and how they came out.
    subhead(ctx, sect, t.articleHoldsUp, flow.measure(tally, STYLES.body));
    flow.tag(sect, 'P', () => flow.write(tally, STYLES.body));
  }
  if (section.body.length) {
    subhead(ctx, sect, t.analysis, twoLines(ctx));
    section.body.forEach((p, i) => {
      if (i > 0) flow.gap(SPACE.s);
      sourcedParagraph(ctx, sect, p);
    });
  }
  if (figures.length) {
    for (const m of figures) {
      const plan = planFigure(ctx, m, { width: flow.width, chartHeight: 200, maxHeight: flow.bottom - flow.top });
      flow.gap(SPACE.l);
      flow.ensure(plan.height);
      doc.addNamedDestination(`figure-${m.id}`);
      entry.children.push({ title: m.caption, page: flow.pageIndex, dest: `figure-${m.id}`, children: [] });
      plan.draw(sect, flow.left, flow.y);
    }
  }
  if (section.facts?.length) {
    const plans = section.facts.map((f) => planFact(ctx, f));
    subhead(ctx, sect, t.factsAndChecks, plans[0].keep);
    for (const p of plans) p.draw(sect);
  }
  drawSectionNotes(ctx, sect, section);
  sect.end();
  return entry;
}
