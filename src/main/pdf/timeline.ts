import type { FigureModel, TimelinePoint } from '../../shared/briefing/figures';
import { heightOf, label, niceTicks, widthOf, type ChartPlan } from './chartkit';
import { docMessages } from './language';
import { COLORS, STYLES } from './theme';

/** A label box to place: the event's position on the axis and the box size, in points. */
export interface TimelineBox {
  px: number;
  w: number;
  h: number;
}

/** Where a label went: above or below the axis, at which level (1 = nearest), spanning left..right. */
export interface TimelinePlacement {
  side: 'above' | 'below';
  level: number;
  left: number;
  right: number;
  px: number;
}

const GAP = 6;

/**
 * Places labels on alternating levels above and below a date axis so that no two boxes overlap and
 * no stem (the line from the axis to a box) runs through another box. Boxes start at their event
 * and run right, or end at it near the right edge. Returns null when maxLevels per side are not
 * enough (the caller then draws a vertical list). Pure.
 */
export function placeTimelineLabels(boxes: readonly TimelineBox[], left: number, right: number, maxLevels = 3): TimelinePlacement[] | null {
  // Placing right to left builds a staircase (earlier labels higher) whose stems pass left of later boxes;
  // left to right suits events near the right edge. Try both, keep the shallower.
  const order = boxes.map((_, i) => i);
  const tries = [placeInOrder(boxes, [...order].reverse(), left, right, maxLevels), placeInOrder(boxes, order, left, right, maxLevels)];
  const ok = tries.filter((t): t is TimelinePlacement[] => t !== null);
  if (ok.length === 0) return null;
  const depth = (t: TimelinePlacement[]): number => Math.max(...t.map((p) => p.level));
  return ok.reduce((a, b) => (depth(b) < depth(a) ? b : a));
}

function placeInOrder(
  boxes: readonly TimelineBox[],
  order: number[],
  left: number,
  right: number,
  maxLevels: number
): TimelinePlacement[] | null {
  const placed: TimelinePlacement[] = [];
  const result = new Array<TimelinePlacement>(boxes.length);
  const slots: { side: 'above' | 'below'; level: number }[] = [];
  for (let level = 1; level <= maxLevels; level++) slots.push({ side: 'above', level }, { side: 'below', level });
  for (const i of order) {
    const b = boxes[i];
    const l0 = b.px + b.w > right ? b.px - b.w + 3 : b.px - 3;
    const boxLeft = Math.max(left, Math.min(l0, right - b.w));
    const box = { left: boxLeft, right: boxLeft + b.w };
    const slot = slots.find(({ side, level }) =>
      placed.every((p) => {
        if (p.side !== side) return true;
        if (p.level === level) return box.left >= p.right + GAP || box.right + GAP <= p.left;
        // A stem crosses every nearer level on its way out.
        if (p.level < level) return b.px < p.left - 2 || b.px > p.right + 2;
        return p.px < box.left - 2 || p.px > box.right + 2;
      })
    );
    if (!slot) return null;
    const placement = { ...slot, ...box, px: b.px };
    placed.push(placement);
    result[i] = placement;
  }
  return result;
}

/** Tick label for a decimal year: whole years as "2020", otherwise "Jul 2020". */
function yearTick(doc: PDFKit.PDFDocument, t: number): string {
  if (Math.abs(t - Math.round(t)) < 1e-6) return String(Math.round(t));
  const y = Math.floor(t);
  const month = Math.min(11, Math.round((t - y) * 12));
  return docMessages(doc).shortDate(`${y}-${String(month + 1).padStart(2, '0')}`);
}

const LABEL_W = 112;
const MAX_HORIZONTAL = 24;

/** Plans a timeline: a date axis with staggered labels, or a vertical list when they cannot fit. */
export function planTimeline(doc: PDFKit.PDFDocument, m: FigureModel, width: number, maxHeight: number): ChartPlan {
  const events = m.events;
  if (events.length <= MAX_HORIZONTAL) {
    const plan = planHorizontal(doc, events, width);
    if (plan && plan.height <= maxHeight) return plan;
  }
  return planVertical(doc, events, width, maxHeight);
}

function planHorizontal(doc: PDFKit.PDFDocument, events: TimelinePoint[], width: number): ChartPlan | null {
  const xs = events.map((e) => e.x);
  const span = Math.max(...xs) - Math.min(...xs);
  const pad = Math.max(0.25, span * 0.04);
  const lo = Math.min(...xs) - pad;
  const hi = Math.max(...xs) + pad;
  // Ticks stay inside the data's range, so the axis is not stretched to round years nobody needs.
  const ticks = niceTicks(lo, hi, Math.max(2, Math.floor(width / 70))).filter(
    (t) => t >= lo && t <= hi && (span < 3 || Number.isInteger(t))
  );
  const toX = (x: number): number => 4 + ((width - 8) * (x - lo)) / (hi - lo);
  const boxes = events.map((e) => {
    const date = docMessages(doc).shortDate(e.date);
    const textW = Math.min(LABEL_W, Math.max(widthOf(doc, date, STYLES.chartLabel), widthOf(doc, e.label, STYLES.axis)) + 1);
    const h = heightOf(doc, date, textW, STYLES.chartLabel) + Math.min(heightOf(doc, e.label, textW, STYLES.axis), 27);
    return { px: toX(e.x), w: textW, h, date };
  });
  const placed = placeTimelineLabels(boxes, 0, width);
  if (!placed) return null;
  const levelH = Math.max(...boxes.map((b) => b.h)) + 8;
  const above = Math.max(0, ...placed.filter((p) => p.side === 'above').map((p) => p.level));
  const below = Math.max(0, ...placed.filter((p) => p.side === 'below').map((p) => p.level));
  const axisBand = 16;
  const axisOffset = above * levelH + 4;
  const chartH = axisOffset + axisBand + below * levelH;
  // Details do not fit on the axis; they follow as a dated list so print loses nothing the screen shows.
  const DATE_W = 58;
  const details = events
    .filter((e) => e.detail)
    .map((e) => {
      const text = `${e.label}: ${e.detail}`;
      return { date: docMessages(doc).shortDate(e.date), text, h: heightOf(doc, text, width - DATE_W, STYLES.axis) + 3 };
    });
  const detailsH = details.length ? 10 + details.reduce((a, d) => a + d.h, 0) : 0;
  const height = chartH + detailsH;

  return {
    height,
    draw(x0, y0) {
      const axisY = y0 + axisOffset;
      doc
        .moveTo(x0, axisY)
        .lineTo(x0 + width, axisY)
        .lineWidth(1)
        .strokeColor(COLORS.muted)
        .stroke();
      // A year label that a stem would cross is left out; the tick mark stays.
      const belowStems = placed.filter((p) => p.side === 'below').map((p) => x0 + p.px);
      for (const t of ticks) {
        const tx = x0 + toX(t);
        if (tx < x0 || tx > x0 + width) continue;
        const text = yearTick(doc, t);
        const half = widthOf(doc, text) / 2 + 2;
        const crossed = belowStems.some((sx) => Math.abs(sx - tx) < half);
        doc
          .moveTo(tx, axisY)
          .lineTo(tx, axisY + 3)
          .lineWidth(0.6)
          .strokeColor(COLORS.muted)
          .stroke();
        if (!crossed) label(doc, text, tx - 25, axisY + 5, { width: 50, align: 'center' });
      }
      events.forEach((e, i) => {
        const p = placed[i];
        const b = boxes[i];
        const sx = x0 + p.px;
        const boxTop = p.side === 'above' ? axisY - p.level * levelH : axisY + axisBand + (p.level - 1) * levelH + 6;
        const stemEnd = p.side === 'above' ? boxTop + b.h + 1 : boxTop - 1;
        doc.moveTo(sx, axisY).lineTo(sx, stemEnd).lineWidth(0.5).strokeColor(COLORS.faint).stroke();
        doc.circle(sx, axisY, 3).lineWidth(1).fillColor(COLORS.accent).strokeColor(COLORS.white).fillAndStroke();
        const bx = x0 + p.left;
        const align = p.left < p.px - 3.5 ? 'right' : 'left';
        const dateH = heightOf(doc, b.date, b.w, STYLES.chartLabel);
        label(doc, b.date, bx, boxTop, { width: b.w, align, style: STYLES.chartLabel, color: COLORS.accent });
        label(doc, e.label, bx, boxTop + dateH, { width: b.w, align, height: 27, color: COLORS.text });
      });
      let dy = y0 + chartH + 10;
      for (const d of details) {
        label(doc, d.date, x0, dy, { width: DATE_W - 8, style: STYLES.chartLabel, color: COLORS.accent });
        label(doc, d.text, x0 + DATE_W, dy, { width: width - DATE_W, color: COLORS.text });
        dy += d.h;
      }
    }
  };
}

function planVertical(doc: PDFKit.PDFDocument, events: TimelinePoint[], width: number, maxHeight: number): ChartPlan {
  const dateW = 70;
  const textX = dateW + 22;
  const textW = width - textX;
  const rows: { e: TimelinePoint; h: number }[] = [];
  let height = 0;
  const moreH = 14;
  for (const e of events) {
    const h = heightOf(doc, e.label, textW, STYLES.chartLabel) + (e.detail ? heightOf(doc, e.detail, textW, STYLES.axis) : 0) + 6;
    if (height + h + (rows.length < events.length - 1 ? moreH : 0) > maxHeight) break;
    rows.push({ e, h });
    height += h;
  }
  const hidden = events.length - rows.length;
  if (hidden > 0) height += moreH;

  return {
    height,
    draw(x0, y0) {
      const lineX = x0 + dateW + 10;
      doc
        .moveTo(lineX, y0 + 4)
        .lineTo(lineX, y0 + height - (hidden > 0 ? moreH : 0) - 4)
        .lineWidth(1)
        .strokeColor(COLORS.rule)
        .stroke();
      let y = y0;
      for (const { e, h } of rows) {
        label(doc, docMessages(doc).shortDate(e.date), x0, y, {
          width: dateW,
          align: 'right',
          style: STYLES.chartLabel,
          color: COLORS.accent
        });
        doc
          .circle(lineX, y + 4.5, 3)
          .lineWidth(1)
          .fillColor(COLORS.accent)
          .strokeColor(COLORS.white)
          .fillAndStroke();
        label(doc, e.label, x0 + textX, y, { width: textW, style: STYLES.chartLabel, color: COLORS.text });
        if (e.detail) label(doc, e.detail, x0 + textX, y + heightOf(doc, e.label, textW, STYLES.chartLabel), { width: textW });
        y += h;
      }
      if (hidden > 0) label(doc, `… and ${hidden} more event${hidden > 1 ? 's' : ''} (see the app)`, x0 + textX, y + 2, { width: textW });
    }
  };
}
