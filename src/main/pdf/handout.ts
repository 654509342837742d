import type { FigureModel } from '../../shared/briefing/figures';
import type { KeyFigure } from '../../shared/briefing/schema';
import { drawPageChrome } from './chrome';
import type { DocContext } from './context';
import { planFigure, type FigurePlan } from './figure';
import { formatDate, referenceText } from './format';
import { drawTiles, firstTileRowHeight } from './section';
import { COLORS, SPACE, STYLES, type TextStyle } from './theme';

const TITLE: TextStyle = { font: 'bold', size: 20, lineGap: 1, color: COLORS.text };
const SUBHEAD: TextStyle = { font: 'semibold', size: 8.5, lineGap: 2, color: COLORS.accent, characterSpacing: 0.5 };
/** 0 = normal; 1 and 2 are tighter settings tried when the handout would not fit on one page. */
export type HandoutDensity = 0 | 1 | 2;
export const HANDOUT_DENSITIES: readonly HandoutDensity[] = [0, 1, 2];

interface DensitySettings {
  compactSource: boolean;
  references: 'full' | 'no-accessed' | 'no-url';
  maxTiles: number;
  itemSize: number;
  chartHeight: number;
  gap: number;
}

const DENSITY: Record<HandoutDensity, DensitySettings> = {
  0: { compactSource: false, references: 'full', maxTiles: 8, itemSize: 9, chartHeight: 135, gap: SPACE.m },
  1: { compactSource: true, references: 'no-accessed', maxTiles: 8, itemSize: 8.5, chartHeight: 120, gap: SPACE.s + 2 },
  2: { compactSource: true, references: 'no-url', maxTiles: 4, itemSize: 8, chartHeight: 105, gap: SPACE.s }
};
const FINE: TextStyle = { font: 'regular', size: 6.5, lineGap: 1, color: COLORS.muted };
const MAX_TILES = 8;

/** Key figures for the tiles: each section's first, then each section's second, … up to eight. */
export function pickKeyFigures(lists: KeyFigure[][], max = MAX_TILES): KeyFigure[] {
  const out: KeyFigure[] = [];
  for (let round = 0; out.length < max && lists.some((l) => l.length > round); round++) {
    for (const l of lists) if (l[round] && out.length < max) out.push(l[round]);
  }
  return out;
}

/** The first two bar, line or share figures that have values (timelines do not shrink well). */
export function pickHandoutFigures(figures: FigureModel[]): FigureModel[] {
  return figures.filter((f) => f.kind !== 'timeline' && f.series.some((s) => s.values.some((v) => v !== null))).slice(0, 2);
}

function sourceEntries(ctx: DocContext, detail: DensitySettings['references']): string[] {
  return ctx.refs.list().map(({ n, source }) => `[${n}] ${referenceText(source, detail)}`);
}

/** Height of the small-print sources block as cited so far (heading included). */
function sourcesHeight(ctx: DocContext, detail: DensitySettings['references']): number {
  const entries = sourceEntries(ctx, detail);
  return entries.length ? ctx.flow.measure(entries.join('   '), FINE) + 14 : 0;
}

/** Lays out the one-page (at most two) handout: title, key numbers, a takeaway per section, two charts, sources. */
export function layoutHandout(ctx: DocContext, density: HandoutDensity = 0): void {
  const { doc, flow, briefing } = ctx;
  const d = DENSITY[density];
  const ITEM: TextStyle = { font: 'regular', size: d.itemSize, lineGap: 2, color: COLORS.text };
  const ITEM_LEAD: TextStyle = { ...ITEM, font: 'semibold' };
  flow.header = briefing.title;
  flow.addPage();
  const sect = doc.struct('Sect');
  ctx.root.add(sect);

  const subhead = (text: string, next: number): boolean => {
    flow.gap(d.gap);
    if (!flow.ensure(flow.measure(text, SUBHEAD) + 4 + next)) return false;
    const y = flow.y;
    flow.tag(sect, 'H2', () => flow.write(text.toUpperCase(), SUBHEAD));
    flow.artifact(() => {
      const tw = flow.textWidth(text.toUpperCase(), SUBHEAD);
      doc
        .moveTo(flow.left + tw + 8, y + 5)
        .lineTo(flow.right, y + 5)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke();
    });
    flow.gap(4);
    return true;
  };

  // Title block: the label and as-of date on one line above the title.
  const meta = [
    briefing.label,
    `As of ${formatDate(briefing.asOf)}`,
    ctx.preparedFor ? `Prepared for ${ctx.preparedFor}` : '',
    ctx.preparedBy ? `Prepared by ${ctx.preparedBy}` : ''
  ]
    .filter(Boolean)
    .join('  ·  ');
  flow.tag(sect, 'P', () => flow.write(meta.toUpperCase(), { ...STYLES.label, color: COLORS.muted }));
  flow.gap(4);
  flow.tag(sect, 'H1', () => flow.write(briefing.title, TITLE));
  if (briefing.subtitle) flow.tag(sect, 'P', () => flow.write(briefing.subtitle ?? '', { ...STYLES.body, color: COLORS.muted }));
  const ruleY = flow.y + 6;
  flow.artifact(() => doc.rect(flow.left, ruleY, 40, 2.5).fillColor(COLORS.accent).fill());
  flow.gap(8);

  const tiles = pickKeyFigures(
    ctx.sections.map((s) => s.keyFigures),
    d.maxTiles
  );
  // Always four to a row: one or two tiles stretched across the page would read as banners.
  const columns = 4;
  if (tiles.length && subhead('Key numbers', firstTileRowHeight(ctx, tiles, columns))) drawTiles(ctx, sect, tiles, { columns });

  const takeaways = ctx.sections.filter((s) => s.takeaways.length > 0);
  if (takeaways.length && subhead('What matters', 24)) {
    const list = doc.struct('L');
    sect.add(list);
    for (const s of takeaways) {
      const t = s.takeaways[0];
      const mark = ctx.refs.mark(t.sources);
      const h = flow.measure(`${s.title}: ${t.text} ${mark}`, ITEM_LEAD, flow.width - 12);
      if (!flow.ensure(h)) break;
      const y = flow.y;
      flow.artifact(() =>
        doc
          .rect(flow.left + 1, y + d.itemSize * 0.42, 4, 4)
          .fillColor(COLORS.accent)
          .fill()
      );
      flow.tag(list, 'LI', () =>
        flow.writeRuns(
          [
            { text: `${s.title}: `, style: ITEM_LEAD },
            { text: `${t.text} `, style: ITEM },
            { text: mark, style: ITEM, color: COLORS.muted }
          ],
          { x: flow.left + 12, width: flow.width - 12 }
        )
      );
      flow.gap(3);
    }
    list.end();
  }

  const figures = pickHandoutFigures(ctx.figures);
  if (figures.length) {
    const gap = 22;
    const w = figures.length === 1 ? flow.width : (flow.width - gap) / 2;
    const plan = (chartHeight: number): FigurePlan[] =>
      figures.map((m) =>
        planFigure(ctx, m, {
          width: w,
          chartHeight,
          maxHeight: 300,
          captionStyle: { ...STYLES.caption, size: 9 },
          compactSource: d.compactSource
        })
      );
    let plans = plan(d.chartHeight);
    // Charts grow into the room the page has left (after the sources), up to a comfortable size.
    const spare = flow.remaining() - d.gap - sourcesHeight(ctx, d.references) - d.gap - Math.max(...plans.map((p) => p.height));
    if (spare > 20) plans = plan(d.chartHeight + Math.min(spare - 10, 85));
    const row = {
      captionHeight: Math.max(...plans.map((p) => p.captionHeight)),
      chartHeight: Math.max(...plans.map((p) => p.chartHeight))
    };
    const h = Math.max(...plans.map((p) => p.height - p.captionHeight - p.chartHeight)) + row.captionHeight + row.chartHeight;
    flow.gap(d.gap);
    if (flow.ensure(h)) {
      const y = flow.y;
      plans.forEach((p, i) => p.draw(sect, flow.left + i * (w + gap), y, row));
      flow.y = y + h;
    }
  }

  // Sources in small print, one running paragraph; trimmed if it would need a third page.
  const entries = sourceEntries(ctx, d.references);
  if (entries.length) {
    flow.gap(d.gap);
    const fits = (k: number): boolean => {
      const more = k < entries.length ? `  … and ${entries.length - k} more in the full briefing.` : '';
      return flow.measure(entries.slice(0, k).join('   ') + more, FINE) + 14 <= flow.remaining();
    };
    if (!fits(entries.length) && flow.pageCount < flow.maxPages) flow.addPage();
    let k = entries.length;
    while (k > 0 && !fits(k)) k--;
    if (k > 0) {
      flow.tag(sect, 'H2', () => flow.write('SOURCES', { ...SUBHEAD, size: 7 }));
      const more = k < entries.length ? `  … and ${entries.length - k} more in the full briefing.` : '';
      flow.tag(sect, 'P', () => flow.write(entries.slice(0, k).join('   ') + more, FINE));
    }
  }
  sect.end();

  const label = briefing.label ? `  ·  ${briefing.label}` : '';
  drawPageChrome(doc, flow, {
    from: 0,
    header: (i) => (i === 0 ? '' : `${briefing.title}  ·  Handout`),
    footerLeft: `Handout  ·  As of ${formatDate(briefing.asOf)}${label}`
  });
}
