import type { FigureModel } from '../../shared/briefing/figures';
import {
  allIntegers,
  axisTitle,
  drawLegend,
  drawValueGridX,
  drawValueGridY,
  heightOf,
  label,
  labelStep,
  legendHeight,
  niceTicks,
  patternFill,
  tickLabel,
  tickLabelWidth,
  widthOf,
  type ChartPlan,
  type LegendItem
} from './chartkit';
import { COLORS, STYLES } from './theme';
import { docMessages } from './language';

/** Lowest and highest value the axis must show; stacked bars add up, and 0 is always included. */
export function barDomain(m: Pick<FigureModel, 'series' | 'labels' | 'stacked'>): { min: number; max: number } {
  let min = 0;
  let max = 0;
  m.labels.forEach((_, i) => {
    if (m.stacked) {
      let pos = 0;
      let neg = 0;
      for (const s of m.series) {
        const v = s.values[i] ?? 0;
        if (v >= 0) pos += v;
        else neg += v;
      }
      max = Math.max(max, pos);
      min = Math.min(min, neg);
    } else {
      for (const s of m.series) {
        const v = s.values[i];
        if (v === null) continue;
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
    }
  });
  return { min, max };
}

/** Value printed at each bar (or stack) end; null where nothing is shown. */
function endValues(m: FigureModel): (number | null)[] {
  return m.labels.map((_, i) => {
    const vals = m.series.map((s) => s.values[i]).filter((v): v is number => v !== null);
    if (vals.length === 0) return null;
    return m.stacked ? vals.reduce((a, b) => a + b, 0) : vals[0];
  });
}

function legendItems(m: FigureModel): LegendItem[] {
  return m.series.length > 1 ? m.series.map((s) => ({ name: s.name, color: s.color, pattern: s.pattern })) : [];
}

/** Segments of one category: [seriesIndex, from, to] in value units, stacked or side by side. */
function segments(m: FigureModel, i: number): { si: number; from: number; to: number }[] {
  const out: { si: number; from: number; to: number }[] = [];
  let pos = 0;
  let neg = 0;
  m.series.forEach((s, si) => {
    const v = s.values[i];
    if (v === null) return;
    if (!m.stacked) out.push({ si, from: 0, to: v });
    else if (v >= 0) {
      out.push({ si, from: pos, to: pos + v });
      pos += v;
    } else {
      out.push({ si, from: neg, to: neg + v });
      neg += v;
    }
  });
  return out;
}

/** Plans a vertical bar chart (grouped or stacked) for a width and height. */
export function planVerticalBars(doc: PDFKit.PDFDocument, m: FigureModel, width: number, height: number): ChartPlan {
  const items = legendItems(m);
  const legendH = items.length ? legendHeight(doc, items, width) + 6 : 0;
  const title = axisTitle(doc, m.unit);
  const titleH = title ? 12 : 2;
  const { min, max } = barDomain(m);
  const ticks = niceTicks(min, max, 5, allIntegers(m.series.flatMap((s) => s.values)));
  const tmin = ticks[0];
  const tmax = ticks[ticks.length - 1];
  const plotX = tickLabelWidth(doc, ticks, m.unit) + 8;
  const plotW = width - plotX - 2;
  const n = m.labels.length;
  const groupW = plotW / n;
  const widest = Math.max(...m.labels.map((l) => widthOf(doc, l)));
  const step = labelStep(n, Math.min(widest, 48), plotW);
  const labelW = groupW * step - 4;
  const xLabelH = Math.min(Math.max(...m.labels.map((l) => heightOf(doc, l, labelW))), 18) + 4;
  const values = endValues(m);
  const showValues =
    (m.series.length === 1 || m.stacked) &&
    n <= 16 &&
    values.every((v) => v === null || widthOf(doc, tickLabel(v, m.unit), STYLES.chartLabel) <= groupW - 2);
  const nBars = m.stacked ? 1 : m.series.length;
  const barW = Math.min((groupW * (m.stacked ? 0.6 : 0.74)) / nBars, 46);
  // Grouped bars get a value on each bar when every label fits its bar's width.
  const showEach =
    !m.stacked &&
    nBars > 1 &&
    n * nBars <= 30 &&
    m.series.every((s) => s.values.every((v) => v === null || widthOf(doc, tickLabel(v, m.unit), STYLES.axis) <= barW + 4));
  const plotY = legendH + titleH + (showValues || showEach ? 10 : 4);
  const plotH = height - plotY - xLabelH;

  return {
    height,
    draw(x0, y0) {
      const plot = { x: x0 + plotX, y: y0 + plotY, w: plotW, h: plotH };
      const toY = (v: number): number => plot.y + plot.h * (1 - (v - tmin) / (tmax - tmin));
      if (items.length) drawLegend(doc, items, x0 + plotX, y0, width - plotX);
      if (title) label(doc, title, x0, y0 + legendH, { style: STYLES.axis });
      drawValueGridY(doc, plot, ticks, m.unit, toY);
      m.labels.forEach((cat, i) => {
        const gx = plot.x + i * groupW;
        const start = gx + (groupW - barW * nBars) / 2;
        for (const seg of segments(m, i)) {
          const s = m.series[seg.si];
          const bx = m.stacked ? start : start + seg.si * barW;
          const top = toY(Math.max(seg.from, seg.to));
          const h = Math.max(0.5, toY(Math.min(seg.from, seg.to)) - top);
          patternFill(doc, () => doc.rect(bx, top, barW, h), s.color, s.pattern);
          if (m.stacked || nBars > 1) doc.rect(bx, top, barW, h).lineWidth(0.5).strokeColor(COLORS.white).stroke();
          if (showEach) {
            const v = seg.to;
            const vy = v >= 0 ? top - 8.5 : top + h + 1.5;
            label(doc, tickLabel(v, m.unit), bx - 4, vy, { width: barW + 8, align: 'center' });
          }
        }
        const v = values[i];
        if (showValues && v !== null) {
          const vy = v >= 0 ? toY(v) - 9 : toY(v) + 2;
          label(doc, tickLabel(v, m.unit), gx, vy, { width: groupW, align: 'center', style: STYLES.chartLabel });
        }
        if (i % step === 0) {
          const cx = gx + groupW / 2;
          label(doc, cat, cx - labelW / 2, plot.y + plot.h + 4, { width: labelW, align: 'center', height: 18, color: COLORS.text });
        }
      });
      // Baseline at zero drawn last so bars do not cover it.
      doc
        .moveTo(plot.x, toY(0))
        .lineTo(plot.x + plot.w, toY(0))
        .lineWidth(0.8)
        .strokeColor(COLORS.muted)
        .stroke();
    }
  };
}

/** Plans a horizontal bar chart; its height follows from the number of categories, up to maxHeight (then the first rows that fit are shown). */
export function planHorizontalBars(doc: PDFKit.PDFDocument, full: FigureModel, width: number, maxHeight = Infinity): ChartPlan {
  const items = legendItems(full);
  const legendH = items.length ? legendHeight(doc, items, width) + 6 : 0;
  const title = axisTitle(doc, full.unit);
  const labelColW = Math.min(Math.max(...full.labels.map((l) => widthOf(doc, l))) + 2, width * 0.3);
  const nBars = full.stacked ? 1 : full.series.length;
  const barH = nBars === 1 ? 11 : 8;
  const allRowHs = full.labels.map((l) => Math.max(heightOf(doc, l, labelColW), barH * nBars) + 7);
  const axisH = 14 + (title ? 11 : 0);
  // A figure is never split across pages, so a very long list is cut to what one page holds, and says so.
  const trimNoteH = 12;
  let shown = allRowHs.length;
  let plotH = allRowHs.reduce((a, b) => a + b, 0);
  while (shown > 1 && legendH + 4 + plotH + axisH + (shown < allRowHs.length ? trimNoteH : 0) > maxHeight) plotH -= allRowHs[--shown];
  const rowHs = allRowHs.slice(0, shown);
  const trimmed = shown < allRowHs.length;
  const height = legendH + 4 + plotH + axisH + (trimmed ? trimNoteH : 0);
  // The axis is scaled to the rows that are drawn.
  const m: FigureModel = {
    ...full,
    labels: full.labels.slice(0, shown),
    series: full.series.map((s) => ({ ...s, values: s.values.slice(0, shown) }))
  };
  const { min, max } = barDomain(m);
  const values = endValues(m);
  const showValues = (m.series.length === 1 || m.stacked) && m.labels.length <= 40;
  const valueW = showValues
    ? Math.max(0, ...values.map((v) => (v === null ? 0 : widthOf(doc, tickLabel(v, m.unit), STYLES.chartLabel)))) + 6
    : 4;
  const plotX = labelColW + 8;
  const plotW = width - plotX - valueW;
  const ticks = niceTicks(min, max, Math.max(2, Math.floor(plotW / 60)), allIntegers(m.series.flatMap((s) => s.values)));
  const tmin = ticks[0];
  const tmax = ticks[ticks.length - 1];

  return {
    height,
    draw(x0, y0) {
      const plot = { x: x0 + plotX, y: y0 + legendH + 4, w: plotW, h: plotH };
      const toX = (v: number): number => plot.x + (plot.w * (v - tmin)) / (tmax - tmin);
      if (items.length) drawLegend(doc, items, plot.x, y0, width - plotX);
      drawValueGridX(doc, plot, ticks, m.unit, toX);
      if (title) label(doc, title, plot.x, plot.y + plot.h + 14, { width: plot.w, align: 'center' });
      if (trimmed) label(doc, docMessages(doc).showingFirst(shown, full.labels.length), x0, plot.y + plot.h + axisH, { width });
      let ry = plot.y;
      m.labels.forEach((cat, i) => {
        const rh = rowHs[i];
        const start = ry + (rh - barH * nBars) / 2;
        const lh = heightOf(doc, cat, labelColW);
        label(doc, cat, x0, ry + (rh - lh) / 2 + 1, { width: labelColW, align: 'right', color: COLORS.text });
        for (const seg of segments(m, i)) {
          const s = m.series[seg.si];
          const by = m.stacked ? start : start + seg.si * barH;
          const left = toX(Math.min(seg.from, seg.to));
          const w = Math.max(0.5, toX(Math.max(seg.from, seg.to)) - left);
          patternFill(doc, () => doc.rect(left, by, w, barH), s.color, s.pattern);
          if (m.stacked || nBars > 1) doc.rect(left, by, w, barH).lineWidth(0.5).strokeColor(COLORS.white).stroke();
        }
        const v = values[i];
        if (showValues && v !== null) {
          const text = tickLabel(v, m.unit);
          const vy = start + (barH * nBars) / 2 - 4;
          if (v >= 0) label(doc, text, toX(v) + 3, vy, { style: STYLES.chartLabel });
          else label(doc, text, toX(v) - 3 - widthOf(doc, text, STYLES.chartLabel), vy, { style: STYLES.chartLabel });
        }
        ry += rh;
      });
      doc
        .moveTo(toX(0), plot.y)
        .lineTo(toX(0), plot.y + plot.h)
        .lineWidth(0.8)
        .strokeColor(COLORS.muted)
        .stroke();
    }
  };
}
