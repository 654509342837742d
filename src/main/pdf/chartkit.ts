import { formatNumber } from '../../shared/briefing/figures';
import type { Pattern } from '../../shared/briefing/figures';
import { docLanguage, lineGapIn } from './language';
import { unitCaption } from '../../shared/i18n/amounts';
import { heightOfText, useStyle } from './typography';
import { COLORS, STYLES, type TextStyle } from './theme';

/** A rectangle in page points, origin top-left. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A chart measured for a width, ready to draw at a position. */
export interface ChartPlan {
  height: number;
  draw(x: number, y: number): void;
}

/**
 * Axis ticks at 1, 2, 2.5 or 5 × 10^k covering [min, max], at most about maxTicks intervals.
 * With `integer` (counts such as patents or models) steps are whole numbers and never 2.5. Pure.
 */
export function niceTicks(min: number, max: number, maxTicks = 5, integer = false): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    if (min === 0) return [0, 1];
    const pad = Math.abs(min) * 0.5;
    return niceTicks(Math.min(0, min - pad), Math.max(0, max + pad), maxTicks, integer);
  }
  const rough = (max - min) / Math.max(1, maxTicks);
  const mag = 10 ** Math.floor(Math.log10(rough));
  const factors = integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const found = factors.map((s) => s * mag).find((s) => s >= rough - 1e-12) ?? 10 * mag;
  const step = integer ? Math.max(1, found) : found;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const lo = Math.floor(min / step + 1e-9) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toFixed(decimals)));
  return ticks;
}

/** True when every value is a whole number, so the axis should not show fractions. */
export function allIntegers(values: readonly (number | null)[]): boolean {
  return values.every((v) => v === null || Number.isInteger(v));
}

/** Tick label: the unit's "%" stays on the number; other units go in the axis title. */
export function tickLabel(value: number, unit: string): string {
  return unit === '%' ? `${formatNumber(value)}%` : formatNumber(value);
}

/** Axis title shown above the value axis, e.g. "USD bn" (in Korean "단위: 십억 달러"); empty for "%" (the ticks carry it). */
export function axisTitle(doc: PDFKit.PDFDocument, unit: string): string {
  return unit === '%' ? '' : unitCaption(unit, docLanguage(doc));
}

/** Width of a one-line label in a style. */
export function widthOf(doc: PDFKit.PDFDocument, text: string, style: TextStyle = STYLES.axis): number {
  useStyle(doc, style);
  return doc.widthOfString(text);
}

/** Height of wrapped text in a style. */
export function heightOf(doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle = STYLES.axis): number {
  useStyle(doc, style);
  return heightOfText(doc, text, width, lineGapIn(doc, style));
}

/** Draws text in a box without ever letting pdfkit break the page (labels near the page foot). */
export function label(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  opts: { width?: number; align?: 'left' | 'center' | 'right'; style?: TextStyle; color?: string; height?: number } = {}
): void {
  const style = opts.style ?? STYLES.axis;
  useStyle(doc, style, opts.color);
  const options: PDFKit.Mixins.TextOptions = { align: opts.align ?? 'left', lineGap: lineGapIn(doc, style) };
  if (opts.width !== undefined) options.width = opts.width;
  if (opts.height !== undefined) {
    options.height = opts.height;
    options.ellipsis = true;
  }
  if (opts.width === undefined) options.lineBreak = false;
  const margins = doc.page.margins;
  const savedBottom = margins.bottom;
  margins.bottom = 0;
  doc.text(text, x, y, options);
  margins.bottom = savedBottom;
}

/** Horizontal gridlines and value labels for a vertical value axis. */
export function drawValueGridY(doc: PDFKit.PDFDocument, plot: Box, ticks: number[], unit: string, toY: (v: number) => number): void {
  for (const t of ticks) {
    const y = toY(t);
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.w, y)
      .lineWidth(t === 0 ? 0.8 : 0.5)
      .strokeColor(t === 0 ? COLORS.muted : COLORS.grid)
      .stroke();
    label(doc, tickLabel(t, unit), plot.x - 64, y - 4, { width: 60, align: 'right' });
  }
}

/** Vertical gridlines and value labels for a horizontal value axis (under the plot). */
export function drawValueGridX(doc: PDFKit.PDFDocument, plot: Box, ticks: number[], unit: string, toX: (v: number) => number): void {
  for (const t of ticks) {
    const x = toX(t);
    doc
      .moveTo(x, plot.y)
      .lineTo(x, plot.y + plot.h)
      .lineWidth(t === 0 ? 0.8 : 0.5)
      .strokeColor(t === 0 ? COLORS.muted : COLORS.grid)
      .stroke();
    label(doc, tickLabel(t, unit), x - 30, plot.y + plot.h + 3, { width: 60, align: 'center' });
  }
}

/** Widest tick label, to size the space left of a plot. */
export function tickLabelWidth(doc: PDFKit.PDFDocument, ticks: number[], unit: string): number {
  return Math.max(...ticks.map((t) => widthOf(doc, tickLabel(t, unit))));
}

/** Every k-th category label is shown when all of them would collide. Pure. */
export function labelStep(count: number, labelWidth: number, available: number): number {
  if (count <= 1) return 1;
  return Math.max(1, Math.ceil((count * (labelWidth + 4)) / Math.max(1, available)));
}

const STEP = 3.6;
const INK = 0.7;

/**
 * One cell of each black-and-white pattern, in points (y down, as pdfkit draws). The cell is tiled by the
 * PDF viewer, so a hatched bar costs a few bytes instead of a path per stroke or dot.
 */
const CELLS: Record<Exclude<Pattern, 'solid' | 'none'>, { w: number; h: number; ops: string }> = {
  // Strokes run past the cell's corners; the cell clips them, so neighbouring cells join without gaps.
  diagonal: { w: STEP, h: STEP, ops: `${INK} w -1 ${STEP + 1} m ${STEP + 1} -1 l S` },
  cross: { w: STEP, h: STEP, ops: `${INK} w -1 ${STEP + 1} m ${STEP + 1} -1 l S -1 -1 m ${STEP + 1} ${STEP + 1} l S` },
  horizontal: { w: STEP, h: STEP, ops: `${INK} w 0 ${STEP / 2} m ${STEP} ${STEP / 2} l S` },
  vertical: { w: STEP, h: STEP, ops: `${INK} w ${STEP / 2} 0 m ${STEP / 2} ${STEP} l S` },
  // Staggered dots: two rows per cell, the second shifted by half a step.
  dots: { w: STEP, h: 2 * STEP, ops: `${dot(0.9, 0.9)} ${dot(0.9 + STEP / 2, 0.9 + STEP)}` },
  zigzag: { w: 3, h: 4.5, ops: `${INK} w -1.5 3.8 m 0 2 l 1.5 3.8 l 3 2 l 4.5 3.8 l S` }
};

/** A filled circle of radius 0.75 as four Bézier curves (content-stream operators). */
function dot(cx: number, cy: number): string {
  const r = 0.75;
  const k = r * 0.5523;
  const n = (v: number): string => Number(v.toFixed(3)).toString();
  return (
    `${n(cx + r)} ${n(cy)} m ${n(cx + r)} ${n(cy + k)} ${n(cx + k)} ${n(cy + r)} ${n(cx)} ${n(cy + r)} c ` +
    `${n(cx - k)} ${n(cy + r)} ${n(cx - r)} ${n(cy + k)} ${n(cx - r)} ${n(cy)} c ` +
    `${n(cx - r)} ${n(cy - k)} ${n(cx - k)} ${n(cy - r)} ${n(cx)} ${n(cy - r)} c ` +
    `${n(cx + k)} ${n(cy - r)} ${n(cx + r)} ${n(cy - k)} ${n(cx + r)} ${n(cy)} c f`
  );
}

// A tiling pattern belongs to one document; make each once per document.
const tilings = new WeakMap<PDFKit.PDFDocument, Map<Pattern, PDFKit.PDFTilingPattern>>();

function tiling(doc: PDFKit.PDFDocument, pattern: Exclude<Pattern, 'solid' | 'none'>): PDFKit.PDFTilingPattern {
  let byKind = tilings.get(doc);
  if (!byKind) tilings.set(doc, (byKind = new Map()));
  let made = byKind.get(pattern);
  if (!made) {
    const cell = CELLS[pattern];
    made = doc.pattern([0, 0, cell.w, cell.h], cell.w, cell.h, cell.ops);
    byKind.set(pattern, made);
  }
  return made;
}

/** Fills a shape with colour and overlays its black-and-white pattern. `path` must add the shape's path. */
export function patternFill(doc: PDFKit.PDFDocument, path: () => void, color: string, pattern: Pattern): void {
  doc.save();
  path();
  doc.fillColor(color).fill();
  if (pattern !== 'solid' && pattern !== 'none') {
    // Dark, half-transparent ink shows on every palette colour and survives greyscale printing.
    path();
    doc
      .fillColor([tiling(doc, pattern), '#000000'])
      .fillOpacity(0.5)
      .fill();
  }
  doc.restore();
}

/** Dash (on, off) for a line series, so lines differ without colour; null for solid. */
export function dashFor(pattern: Pattern): [number, number] | null {
  const dashes: Partial<Record<Pattern, [number, number]>> = {
    diagonal: [5, 2.5],
    dots: [1.2, 2],
    cross: [9, 3],
    horizontal: [3, 2.5],
    vertical: [12, 2],
    zigzag: [2, 4]
  };
  return dashes[pattern] ?? null;
}

/** Draws a point marker whose shape depends on the series' index (circle, square, triangle, diamond …). */
export function marker(doc: PDFKit.PDFDocument, index: number, x: number, y: number, color: string, size = 2.6): void {
  doc.save().lineWidth(0.8).fillColor(color).strokeColor(COLORS.white);
  const s = size;
  switch (index % 4) {
    case 0:
      doc.circle(x, y, s);
      break;
    case 1:
      doc.rect(x - s, y - s, 2 * s, 2 * s);
      break;
    case 2:
      doc.polygon([x, y - s * 1.2], [x + s * 1.15, y + s * 0.9], [x - s * 1.15, y + s * 0.9]);
      break;
    default:
      doc.polygon([x, y - s * 1.3], [x + s * 1.3, y], [x, y + s * 1.3], [x - s * 1.3, y]);
  }
  doc.fillAndStroke();
  doc.restore();
}

/** One legend entry. */
export interface LegendItem {
  name: string;
  color: string;
  pattern: Pattern;
  /** Line series show their dash and marker instead of a filled swatch. */
  line?: { index: number };
}

const SWATCH = 9;

/** Lays legend items in rows across width; returns positions and total height. */
function legendLayout(doc: PDFKit.PDFDocument, items: LegendItem[], width: number): { pos: { x: number; y: number }[]; height: number } {
  const pos: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  const rowH = 12;
  for (const item of items) {
    const w = SWATCH + 4 + Math.min(widthOf(doc, item.name, STYLES.axis), width - SWATCH - 4) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowH;
    }
    pos.push({ x, y });
    x += w;
  }
  return { pos, height: items.length ? y + rowH : 0 };
}

/** Height the legend needs at a width. */
export function legendHeight(doc: PDFKit.PDFDocument, items: LegendItem[], width: number): number {
  return legendLayout(doc, items, width).height;
}

/** Draws the legend with swatches (pattern or dash + marker) that work in black and white. */
export function drawLegend(doc: PDFKit.PDFDocument, items: LegendItem[], x: number, y: number, width: number): void {
  const { pos } = legendLayout(doc, items, width);
  items.forEach((item, i) => {
    const p = pos[i];
    const sx = x + p.x;
    const sy = y + p.y + 1;
    if (item.line) {
      doc.save().lineWidth(1.6).strokeColor(item.color);
      const dash = dashFor(item.pattern);
      if (dash) doc.dash(dash[0], { space: dash[1] });
      doc
        .moveTo(sx - 3, sy + SWATCH / 2)
        .lineTo(sx + SWATCH + 3, sy + SWATCH / 2)
        .stroke()
        .undash();
      doc.restore();
      marker(doc, item.line.index, sx + SWATCH / 2, sy + SWATCH / 2, item.color);
    } else {
      patternFill(doc, () => doc.rect(sx, sy, SWATCH, SWATCH), item.color, item.pattern);
    }
    label(doc, item.name, sx + SWATCH + 4, sy, { width: width - SWATCH - 4, height: 10, color: COLORS.text });
  });
}
