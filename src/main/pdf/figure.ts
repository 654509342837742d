import type { FigureModel } from '../../shared/briefing/figures';
import type { PdfMessages } from '../../shared/i18n/pdf';
import { planChart } from './charts';
import type { DocContext } from './context';
import type { StructElement, TextRun } from './layout';
import { COLORS, STYLES, type TextStyle } from './theme';

/** A figure measured as a whole (caption, chart, source line, note) so it is never split across pages. */
export interface FigurePlan {
  height: number;
  captionHeight: number;
  chartHeight: number;
  /**
   * Draws at (x, y). Side-by-side figures pass the row's tallest caption and chart so that charts
   * start, and source lines sit, at the same height in both.
   */
  draw(parent: StructElement, x: number, y: number, row?: { captionHeight: number; chartHeight: number }): void;
}

/** Sizes for a figure: the briefing uses full-width charts, the handout small ones. */
export interface FigureSize {
  width: number;
  chartHeight: number;
  maxHeight: number;
  captionStyle?: TextStyle;
  /** Only the reference numbers under the chart ("Sources: [3, 7]"), for a crowded handout whose source list carries the rest. */
  compactSource?: boolean;
}

/**
 * A figure's model with its caption and source line in the document's language (the shared model's are English):
 * "그림 3. …", "출처: …". Every part of the PDF then reads them from the model.
 */
export function figureInLanguage(m: FigureModel, t: PdfMessages): FigureModel {
  const parts = m.sources.map((s) => `${s.title} (${[s.publisher, s.date?.slice(0, 4)].filter(Boolean).join(', ')})`);
  const sourceLine = parts.length ? `${t.sourceLead(parts.length)}: ${parts.join('; ')}` : '';
  return { ...m, caption: t.figureCaption(m.number, m.title), sourceLine };
}

/** Measures one figure: numbered caption above, vector chart, then the source line (with reference numbers) and note. */
export function planFigure(ctx: DocContext, m: FigureModel, size: FigureSize): FigurePlan {
  const { doc, flow, refs } = ctx;
  const captionStyle = size.captionStyle ?? STYLES.caption;
  const ids = m.sources.map((s) => s.id);
  const mark = refs.mark(ids);
  const { t } = ctx;
  const lead = size.compactSource && mark ? `${t.sourceLead(m.sources.length)}:` : m.sourceLine;
  const source = [lead, mark].filter(Boolean).join(' ');
  const sourceRuns: TextRun[] = [
    ...(lead ? [{ text: mark ? `${lead} ` : lead, style: STYLES.source }] : []),
    ...refs.runs(ids, STYLES.source)
  ];
  const noteMark = m.note ? refs.mark(m.noteSources) : '';
  const note = m.note ? `${t.note}: ${m.note}${noteMark ? ` ${noteMark}` : ''}` : '';
  const noteRuns: TextRun[] = m.note
    ? [
        { text: `${t.note}: ${m.note}${noteMark ? ' ' : ''}`, style: STYLES.source, color: COLORS.text },
        ...refs.runs(m.noteSources, STYLES.source)
      ]
    : [];
  const captionH = flow.measure(m.caption, captionStyle, size.width) + 6;
  const sourceH = flow.measure(source, STYLES.source, size.width);
  const noteH = note ? flow.measure(note, STYLES.source, size.width) : 0;
  const textH = captionH + 8 + sourceH + noteH;
  const chart = planChart(doc, m, size.width, { height: size.chartHeight, maxHeight: Math.max(80, size.maxHeight - textH) });
  const height = textH + chart.height;

  return {
    height,
    captionHeight: captionH,
    chartHeight: chart.height,
    draw(parent, x, y, row) {
      const extra = Math.max(0, (row?.chartHeight ?? chart.height) - chart.height);
      flow.y = y;
      flow.tag(parent, 'Caption', () => flow.write(m.caption, captionStyle, { x, width: size.width }));
      const cy = y + (row?.captionHeight ?? captionH) + extra / 2;
      flow.tag(parent, 'Figure', () => chart.draw(x, cy), { alt: m.summary, bbox: [x, cy, x + size.width, cy + chart.height] });
      flow.y = cy + chart.height + extra / 2 + 8;
      flow.tag(parent, 'P', () => {
        if (sourceRuns.length) flow.writeRuns(sourceRuns, { x, width: size.width });
        if (noteRuns.length) flow.writeRuns(noteRuns, { x, width: size.width });
      });
    }
  };
}
