import { PALETTE, PATTERNS, formatNumber, formatValue, type FigureModel } from '../../shared/briefing/figures';
import { heightOf, label, patternFill, widthOf, type ChartPlan } from './chartkit';
import { COLORS, STYLES } from './theme';
import { docLanguage } from './language';

/** Share of each value in the total, in percent (null stays null). Pure. */
export function percentages(values: readonly (number | null)[]): (number | null)[] {
  const total = values.reduce<number>((a, v) => a + (v ?? 0), 0);
  return values.map((v) => (v === null || total <= 0 ? null : (v / total) * 100));
}

/** SVG path of a ring segment between two angles (radians, 0 = 12 o'clock, clockwise). */
function ringPath(cx: number, cy: number, r: number, ri: number, a0: number, a1: number): string {
  const pt = (rad: number, a: number): string => `${(cx + rad * Math.sin(a)).toFixed(2)} ${(cy - rad * Math.cos(a)).toFixed(2)}`;
  // A full circle cannot be one arc; split it just short of 360°.
  const end = a1 - a0 >= Math.PI * 2 - 1e-6 ? a0 + Math.PI * 2 - 1e-4 : a1;
  const large = end - a0 > Math.PI ? 1 : 0;
  return `M ${pt(r, a0)} A ${r} ${r} 0 ${large} 1 ${pt(r, end)} L ${pt(ri, end)} A ${ri} ${ri} 0 ${large} 0 ${pt(ri, a0)} Z`;
}

/** Plans a doughnut with a labelled key beside it: each row has the pattern swatch, name, value and share. */
export function planShare(doc: PDFKit.PDFDocument, m: FigureModel, width: number, ringHeight: number, maxHeight = Infinity): ChartPlan {
  const values = m.series[0]?.values ?? [];
  const pcts = percentages(values);
  const r = Math.min(62, width * 0.16, ringHeight / 2 - 14);
  const ri = r * 0.56;
  const ringW = 2 * r + 60;
  const keyX = ringW + 10;
  const keyW = width - keyX;
  const valueText = (i: number): string => {
    const v = values[i];
    const p = pcts[i];
    if (v === null || p === null) return '–';
    return m.unit === '%'
      ? `${formatNumber(v)}%`
      : `${formatValue(v, m.unit, docLanguage(doc))} · ${formatNumber(Math.round(p * 10) / 10)}%`;
  };
  const valueW = Math.max(...m.labels.map((_, i) => widthOf(doc, valueText(i), STYLES.chartLabel))) + 8;
  const nameW = keyW - 16 - valueW;
  const allRowHs = m.labels.map((l) => Math.max(heightOf(doc, l, nameW, STYLES.axis), 10) + 5);
  // The key lists as many rows as fit in maxHeight; the rest are summed up in one line.
  let shown = allRowHs.length;
  let keyH = allRowHs.reduce((a, b) => a + b, 0);
  while (shown > 1 && keyH + 4 + (shown < allRowHs.length ? 15 : 0) > maxHeight) keyH -= allRowHs[--shown];
  if (shown < allRowHs.length) keyH += 15;
  const rowHs = allRowHs.slice(0, shown);
  const height = Math.max(2 * r + 28, keyH + 4);

  return {
    height,
    draw(x0, y0) {
      const cx = x0 + ringW / 2;
      const cy = y0 + height / 2;
      let a = 0;
      values.forEach((v, i) => {
        const p = pcts[i];
        if (v === null || p === null || p <= 0) return;
        const a1 = a + (p / 100) * Math.PI * 2;
        const path = ringPath(cx, cy, r, ri, a, a1);
        patternFill(doc, () => doc.path(path), PALETTE[i % PALETTE.length], PATTERNS[i % PATTERNS.length]);
        doc.path(path).lineWidth(1).strokeColor(COLORS.white).stroke();
        // Direct percentage labels outside the ring for the bigger slices.
        if (p >= 6) {
          const mid = (a + a1) / 2;
          const lx = cx + (r + 11) * Math.sin(mid);
          const ly = cy - (r + 11) * Math.cos(mid);
          const text = `${formatNumber(Math.round(p))}%`;
          const tw = widthOf(doc, text, STYLES.chartLabel);
          label(doc, text, lx - tw / 2, ly - 4.5, { style: STYLES.chartLabel });
        }
        a = a1;
      });
      let ky = y0 + (height - keyH) / 2;
      if (shown < m.labels.length)
        label(doc, `… and ${m.labels.length - shown} more`, x0 + keyX + 16, y0 + (height + keyH) / 2 - 13, { width: nameW });
      m.labels.slice(0, shown).forEach((name, i) => {
        const sx = x0 + keyX;
        patternFill(doc, () => doc.rect(sx, ky + 1, 10, 10), PALETTE[i % PALETTE.length], PATTERNS[i % PATTERNS.length]);
        label(doc, name, sx + 16, ky + 1.5, { width: nameW, color: COLORS.text });
        label(doc, valueText(i), sx + 16 + nameW, ky + 1.5, { width: valueW, align: 'right', style: STYLES.chartLabel });
        const rh = rowHs[i];
        doc
          .moveTo(sx, ky + rh - 1.5)
          .lineTo(x0 + width, ky + rh - 1.5)
          .lineWidth(0.4)
          .strokeColor(COLORS.grid)
          .stroke();
        ky += rh;
      });
    }
  };
}
