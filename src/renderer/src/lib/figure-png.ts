import type { FigureModel } from '../../../shared/briefing/figures';
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

/** Draws the figure with its caption, unit and source line onto a white print-resolution PNG; returns base64. */
export async function figurePngBase64(model: FigureModel): Promise<string> {
  // The caption, notes and sources are drawn too: make sure their glyphs (Hangul included) are loaded.
  await Promise.all([
    document.fonts.load(`700 48px Pretendard`, model.caption),
    fontsReadyFor(`${chartText(model)}${model.unit}${model.asOf ?? ''}${model.note ?? ''}${model.sourceLine}`)
  ]);
  const chartCanvas = document.createElement('canvas');
  chartCanvas.width = WIDTH / SCALE;
  chartCanvas.height = CHART_HEIGHT / SCALE;
  const base = chartConfig(model, LIGHT_THEME);
  const chart = new Chart(chartCanvas, {
    ...base,
    options: { ...base.options, responsive: false, devicePixelRatio: SCALE, animation: false }
  });
  chart.draw();

  const pad = 80;
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  ctx.font = `28px ${LIGHT_THEME.font}`;
  const sourceLines = wrap(ctx, [model.note ? `Note: ${model.note}` : '', model.sourceLine].filter(Boolean).join('  '), WIDTH - 2 * pad);
  out.width = WIDTH;
  out.height = pad + 60 + 40 + 30 + CHART_HEIGHT + 30 + sourceLines.length * 40 + pad;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = LIGHT_THEME.text;
  ctx.textBaseline = 'top';
  ctx.font = `700 48px ${LIGHT_THEME.font}`;
  ctx.fillText(model.caption, pad, pad);
  ctx.fillStyle = LIGHT_THEME.muted;
  ctx.font = `30px ${LIGHT_THEME.font}`;
  ctx.fillText([model.unit, model.asOf ? `as of ${model.asOf}` : ''].filter(Boolean).join(' · '), pad, pad + 70);
  ctx.drawImage(chartCanvas, 0, pad + 130, WIDTH, CHART_HEIGHT);
  ctx.font = `28px ${LIGHT_THEME.font}`;
  sourceLines.forEach((line, i) => ctx.fillText(line, pad, pad + 160 + CHART_HEIGHT + i * 40));
  chart.destroy();
  return out.toDataURL('image/png').slice('data:image/png;base64,'.length);
}
