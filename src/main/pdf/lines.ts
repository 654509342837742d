import type { FigureModel } from '../../shared/briefing/figures';
import {
  allIntegers,
  axisTitle,
  dashFor,
  drawValueGridY,
  label,
  labelStep,
  marker,
  niceTicks,
  tickLabel,
  tickLabelWidth,
  widthOf,
  type ChartPlan
} from './chartkit';
import { COLORS, STYLES } from './theme';
import { lineStartsAtZero } from '../../shared/briefing/axis';

/** Spreads label centres so none is closer than gap to the next, keeping them within [lo, hi]. Pure. */
export function spreadLabels(ys: number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = order.map((o) => Math.min(Math.max(o.y, lo), hi));
  for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k], out[k - 1] + gap);
  // If pushing down ran past the bottom, push back up from the end.
  if (out.length && out[out.length - 1] > hi) {
    out[out.length - 1] = hi;
    for (let k = out.length - 2; k >= 0; k--) out[k] = Math.min(out[k], out[k + 1] - gap);
  }
  const result = new Array<number>(ys.length);
  order.forEach((o, k) => (result[o.i] = out[k]));
  return result;
}

/** Axis range for lines: starts at zero unless the data sit far from it (the screen's rule, shared/briefing/axis.ts). */
function lineDomain(m: FigureModel): { min: number; max: number } {
  const vals = m.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  if (vals.length === 0) return { min: 0, max: 1 };
  let min = Math.min(...vals);
  const max = Math.max(...vals);
  if (min >= 0 && lineStartsAtZero(vals)) min = 0;
  return { min, max };
}

/** Plans a line chart with dashes, markers and the series names written at the line ends. */
export function planLines(doc: PDFKit.PDFDocument, m: FigureModel, width: number, height: number): ChartPlan {
  const title = axisTitle(doc, m.unit);
  const titleH = title ? 12 : 2;
  const { min, max } = lineDomain(m);
  const ticks = niceTicks(min, max, 5, allIntegers(m.series.flatMap((s) => s.values)));
  const tmin = ticks[0];
  const tmax = ticks[ticks.length - 1];
  const lastIndex = m.series.map((s) => {
    for (let i = s.values.length - 1; i >= 0; i--) if (s.values[i] !== null) return i;
    return -1;
  });
  const endLabels = m.series.map((s, si) => {
    const i = lastIndex[si];
    const value = i >= 0 ? tickLabel(s.values[i] as number, m.unit) : '';
    return m.series.length > 1 ? `${s.name}  ${value}` : value;
  });
  const endW = Math.min(Math.max(...endLabels.map((t) => widthOf(doc, t, STYLES.chartLabel))) + 10, width * 0.32);
  const plotX = tickLabelWidth(doc, ticks, m.unit) + 8;
  const plotW = width - plotX - endW;
  const n = m.labels.length;
  const widest = Math.max(...m.labels.map((l) => widthOf(doc, l)));
  const step = labelStep(n, widest, plotW);
  const plotY = titleH + 6;
  const plotH = height - plotY - 16;
  const showMarkers = n <= 30;

  return {
    height,
    draw(x0, y0) {
      const plot = { x: x0 + plotX, y: y0 + plotY, w: plotW, h: plotH };
      const toY = (v: number): number => plot.y + plot.h * (1 - (v - tmin) / (tmax - tmin));
      const toX = (i: number): number => (n === 1 ? plot.x + plot.w / 2 : plot.x + (plot.w * i) / (n - 1));
      if (title) label(doc, title, x0, y0, { style: STYLES.axis });
      drawValueGridY(doc, plot, ticks, m.unit, toY);
      m.labels.forEach((cat, i) => {
        if (i % step !== 0) return;
        const w = Math.max(widest, 20) + 4;
        label(doc, cat, toX(i) - w / 2, plot.y + plot.h + 4, { width: w, align: 'center', height: 10, color: COLORS.text });
        doc
          .moveTo(toX(i), plot.y + plot.h)
          .lineTo(toX(i), plot.y + plot.h + 2.5)
          .lineWidth(0.5)
          .strokeColor(COLORS.muted)
          .stroke();
      });
      m.series.forEach((s, si) => {
        doc.save().lineWidth(1.8).strokeColor(s.color).lineJoin('round');
        const dash = dashFor(s.pattern);
        if (dash) doc.dash(dash[0], { space: dash[1] });
        let open = false;
        s.values.forEach((v, i) => {
          if (v === null) {
            open = false;
            return;
          }
          if (open) doc.lineTo(toX(i), toY(v));
          else doc.moveTo(toX(i), toY(v));
          open = true;
        });
        doc.stroke();
        doc.undash().restore();
        if (showMarkers) s.values.forEach((v, i) => v !== null && marker(doc, si, toX(i), toY(v), s.color));
      });
      // Direct labels at each line's end: readable without colour or a legend.
      const ys = m.series.map((s, si) => (lastIndex[si] >= 0 ? toY(s.values[lastIndex[si]] as number) : plot.y));
      const placed = spreadLabels(ys, 10, plot.y, plot.y + plot.h);
      m.series.forEach((s, si) => {
        const i = lastIndex[si];
        if (i < 0) return;
        const lx = toX(i) + 6;
        label(doc, endLabels[si], lx, placed[si] - 4.5, {
          style: STYLES.chartLabel,
          color: COLORS.text,
          width: x0 + width - lx,
          height: 10
        });
        if (Math.abs(placed[si] - ys[si]) > 3)
          doc
            .moveTo(toX(i) + 2, ys[si])
            .lineTo(lx - 1, placed[si])
            .lineWidth(0.4)
            .strokeColor(COLORS.faint)
            .stroke();
      });
    }
  };
}
