import type { FigureModel } from '../../../shared/briefing/figures';
import { readableDate } from '../../../shared/briefing/lookups';
import { numberSources } from '../../../shared/briefing/numbering';
import type { Briefing } from '../../../shared/briefing/schema';
import { Chart } from './chart';
import { chartText, fontsReadyFor } from './fonts';
import { chartConfig, LIGHT_THEME } from './chart-config';

/** Print resolution: a 16:9 chart 8 inches wide at 300 dpi. */
const WIDTH = 2400;
const CHART_HEIGHT = 1200;
const SCALE = 3;

function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws the figure onto a white print-resolution PNG, as a page would hold it: margins all round, the numbered
 * title (wrapped), unit and date, the chart inside the margins, then the note, the source line with the sources'
 * briefing-wide numbers, and where it comes from. Returns base64.
 */
export async function figurePngBase64(model: FigureModel, briefing: Briefing): Promise<string> {
  const mark = numberSources(briefing).mark(model.sources.map((s) => s.id));
  const source = [model.sourceLine, mark].filter(Boolean).join(' ');
  const origin = `${briefing.title}, as of ${readableDate(briefing.asOf)}`;
  // The caption, notes and sources are drawn too: make sure their glyphs (Hangul included) are loaded.
  await Promise.all([
    document.fonts.load(`700 48px Pretendard`, model.caption),
    fontsReadyFor(`${chartText(model)}${model.unit}${model.asOf ?? ''}${model.note ?? ''}${source}${origin}`)
  ]);
  const pad = 110;
  const inner = WIDTH - 2 * pad;
  const chartCanvas = document.createElement('canvas');
  chartCanvas.width = inner / SCALE;
  chartCanvas.height = CHART_HEIGHT / SCALE;
  const base = chartConfig(model, LIGHT_THEME);
  const chart = new Chart(chartCanvas, {
    ...base,
    options: { ...base.options, responsive: false, devicePixelRatio: SCALE, animation: false }
  });
  chart.draw();

  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  ctx.font = `700 48px ${LIGHT_THEME.font}`;
  const titleLines = wrap(ctx, model.caption, inner);
  ctx.font = `28px ${LIGHT_THEME.font}`;
  const noteMark = numberSources(briefing).mark(model.noteSources);
  const noteLines = model.note ? wrap(ctx, `Note: ${model.note}${noteMark ? ` ${noteMark}` : ''}`, inner) : [];
  const sourceLines = wrap(ctx, source, inner);
  const unitLine = [model.unit, model.asOf ? `as of ${readableDate(model.asOf)}` : ''].filter(Boolean).join(' · ');
  const chartTop = pad + titleLines.length * 62 + (unitLine ? 50 : 0) + 30;
  const textTop = chartTop + CHART_HEIGHT + 40;
  out.width = WIDTH;
  out.height = textTop + (noteLines.length + sourceLines.length) * 40 + 20 + 40 + pad;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'top';
  ctx.fillStyle = LIGHT_THEME.text;
  ctx.font = `700 48px ${LIGHT_THEME.font}`;
  titleLines.forEach((line, i) => ctx.fillText(line, pad, pad + i * 62));
  ctx.fillStyle = LIGHT_THEME.muted;
  ctx.font = `30px ${LIGHT_THEME.font}`;
  if (unitLine) ctx.fillText(unitLine, pad, pad + titleLines.length * 62 + 8);
  ctx.drawImage(chartCanvas, pad, chartTop, inner, CHART_HEIGHT);
  ctx.font = `28px ${LIGHT_THEME.font}`;
  ctx.fillStyle = LIGHT_THEME.text;
  noteLines.forEach((line, i) => ctx.fillText(line, pad, textTop + i * 40));
  ctx.fillStyle = LIGHT_THEME.muted;
  sourceLines.forEach((line, i) => ctx.fillText(line, pad, textTop + (noteLines.length + i) * 40));
  ctx.fillText(origin, pad, textTop + (noteLines.length + sourceLines.length) * 40 + 20);
  chart.destroy();
  return out.toDataURL('image/png').slice('data:image/png;base64,'.length);
}
