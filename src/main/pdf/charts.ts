import type { FigureModel } from '../../shared/briefing/figures';
import { planHorizontalBars, planVerticalBars } from './bars';
import { label, type ChartPlan } from './chartkit';
import { COLORS } from './theme';
import { docMessages } from './language';
import { planLines } from './lines';
import { planShare } from './share';
import { planTimeline } from './timeline';

export type { ChartPlan } from './chartkit';

/** A quiet placeholder when a series figure has no values at all (the caption and source still print). */
function planEmpty(doc: PDFKit.PDFDocument, width: number): ChartPlan {
  return {
    height: 48,
    draw(x, y) {
      doc
        .rect(x, y + 4, width, 40)
        .lineWidth(0.6)
        .dash(3, { space: 3 })
        .strokeColor(COLORS.rule)
        .stroke()
        .undash();
      label(doc, docMessages(doc).noValues, x, y + 19, { width, align: 'center' });
    }
  };
}

/** Measures a figure's chart for a width; `height` is the preferred plot height, `maxHeight` a hard cap. */
export function planChart(doc: PDFKit.PDFDocument, m: FigureModel, width: number, opts: { height: number; maxHeight: number }): ChartPlan {
  if (m.kind !== 'timeline' && m.series.every((s) => s.values.every((v) => v === null))) return planEmpty(doc, width);
  switch (m.kind) {
    case 'bar':
      return m.horizontal ? planHorizontalBars(doc, m, width, opts.maxHeight) : planVerticalBars(doc, m, width, opts.height);
    case 'line':
      return planLines(doc, m, width, opts.height);
    case 'share':
      return planShare(doc, m, width, Math.min(opts.height, opts.maxHeight), opts.maxHeight);
    case 'timeline':
      return planTimeline(doc, m, width, opts.maxHeight);
  }
}
