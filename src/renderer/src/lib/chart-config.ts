import type { ChartConfiguration, Plugin } from 'chart.js';
import { valueAxisFromZero, valueAxisMin } from '../../../shared/briefing/axis';
import { readableDate, shortDate } from '../../../shared/briefing/dates';
import { unitCaption } from '../../../shared/i18n/amounts';
import type { Lang } from '../../../shared/i18n/lang';
import { formatNumber, formatValue, PALETTE, type FigureModel } from '../../../shared/briefing/figures';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  /** The card behind the chart, used to separate doughnut slices. */
  surface: string;
  font: string;
}

export const LIGHT_THEME: ChartTheme = {
  text: '#1d2430',
  muted: '#4a5568',
  grid: '#e4e2da',
  surface: '#ffffff',
  font: 'Pretendard, system-ui, sans-serif'
};
export const DARK_THEME: ChartTheme = {
  text: '#e6e8ec',
  muted: '#aab2bf',
  grid: '#343b47',
  surface: '#1b2028',
  font: 'Pretendard, system-ui, sans-serif'
};

/** Height of one timeline row; each event has its own row, so labels never collide. */
export const TIMELINE_ROW = 26;

/** Pixel height a figure's chart needs: timelines grow with their events, other kinds are fixed. */
export function chartHeight(model: FigureModel): number {
  return model.kind === 'timeline' ? 56 + TIMELINE_ROW * model.events.length : 280;
}

/** Cuts text with an ellipsis to fit a width. */
function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

/** Draws each timeline event's label beside its point, on the side with more room (chart.js has no data labels). */
export const timelineLabels: Plugin<'scatter'> = {
  id: 'timelineLabels',
  afterDatasetsDraw(chart) {
    const meta = chart.getDatasetMeta(0);
    const data = chart.data.datasets[0]?.data as { label?: string }[] | undefined;
    if (!data) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = `12px ${String(chart.options.font?.family ?? 'sans-serif')}`;
    ctx.fillStyle = String(chart.options.color ?? '#000');
    ctx.textBaseline = 'middle';
    meta.data.forEach((point, i) => {
      const text = data[i]?.label ?? '';
      const roomRight = chartArea.right - point.x - 10;
      const roomLeft = point.x - chartArea.left - 10;
      const width = ctx.measureText(text).width;
      const right = width <= roomRight || roomRight >= roomLeft;
      ctx.textAlign = right ? 'left' : 'right';
      ctx.fillText(fitText(ctx, text, right ? roomRight : roomLeft), right ? point.x + 9 : point.x - 9, point.y);
    });
    ctx.restore();
  }
};

/** Draws a break (two slanted strokes) at the foot of the value axis: it does not start at zero. */
export const axisBreak = (background: string): Plugin => ({
  id: 'axisBreak',
  afterDraw(chart) {
    const { ctx, chartArea } = chart;
    const x = chartArea.left;
    const y = chartArea.bottom - 6;
    ctx.save();
    ctx.strokeStyle = String(chart.options.color ?? '#000');
    ctx.lineWidth = 1.5;
    ctx.fillStyle = background;
    ctx.fillRect(x - 6, y - 5, 12, 8);
    for (const dy of [-3, 2]) {
      ctx.beginPath();
      ctx.moveTo(x - 6, y + dy + 3);
      ctx.lineTo(x + 6, y + dy - 3);
      ctx.stroke();
    }
    ctx.restore();
  }
});

function axisTitle(text: string, theme: ChartTheme) {
  return { display: text !== '', text, color: theme.muted, font: { family: theme.font, size: 12 } };
}

/** Turns a figure model into a chart.js configuration; the PDF draws from the same model. */
/** `lang` writes the dates, numbers, amounts and the axis's unit as that language does ("단위: 십억 달러"). */
export function chartConfig(model: FigureModel, theme: ChartTheme = LIGHT_THEME, lang: Lang = 'en'): ChartConfiguration {
  const base = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    color: theme.text,
    font: { family: theme.font, size: 12 }
  };
  if (model.kind === 'timeline') {
    const xs = model.events.map((e) => e.x);
    const min = Math.floor(Math.min(...xs));
    const max = Math.ceil(Math.max(...xs) + 0.01);
    return {
      type: 'scatter',
      data: {
        datasets: [
          {
            label: model.title,
            data: model.events.map((e, i) => ({ x: e.x, y: i, label: `${shortDate(e.date, lang)} · ${e.label}` })),
            backgroundColor: PALETTE[0],
            pointRadius: 5,
            pointHoverRadius: 7
          }
        ]
      },
      options: {
        ...base,
        layout: { padding: { left: 8, right: 8, top: 8, bottom: 0 } },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item) => {
                const e = model.events[item.dataIndex];
                return e ? `${readableDate(e.date, lang)}: ${e.label}` : '';
              }
            }
          }
        },
        scales: {
          x: {
            type: 'linear',
            min,
            max,
            ticks: { stepSize: 1, callback: (v) => String(v), color: theme.muted },
            grid: { color: theme.grid }
          },
          // Earliest at the top, one row per event.
          y: { display: false, reverse: true, min: -0.6, max: model.events.length - 0.4 }
        }
      },
      plugins: [timelineLabels as Plugin]
    };
  }
  if (model.kind === 'share') {
    const s = model.series[0];
    const total = s.values.reduce<number>((a, v) => a + (v ?? 0), 0);
    const doughnut: ChartConfiguration<'doughnut'> = {
      type: 'doughnut',
      data: {
        labels: model.labels.map((l, i) => {
          const v = s.values[i];
          const pct = v === null || total === 0 ? '' : ` — ${formatNumber(Math.round((v / total) * 1000) / 10, lang)}%`;
          return `${l}${pct}`;
        }),
        datasets: [
          {
            label: s.name,
            data: s.values.map((v) => v ?? 0),
            backgroundColor: model.labels.map((_, i) => PALETTE[i % PALETTE.length]),
            borderColor: theme.surface,
            borderWidth: 2
          }
        ]
      },
      options: {
        ...base,
        cutout: '58%',
        plugins: {
          legend: { position: 'right', labels: { color: theme.text, font: { family: theme.font, size: 13 }, boxWidth: 14 } },
          tooltip: { callbacks: { label: (item) => `${item.label}: ${formatValue(Number(item.raw), model.unit, lang)}` } }
        }
      }
    };
    return doughnut as unknown as ChartConfiguration;
  }
  const horizontal = model.horizontal;
  const fromZero = valueAxisFromZero(model);
  const valueAxis = {
    // The PDF's rule: bars from zero, lines too unless their values sit far from it; then the axis is marked.
    beginAtZero: fromZero,
    ...(fromZero ? {} : { min: valueAxisMin(model) }),
    stacked: model.stacked,
    title: axisTitle(unitCaption(model.unit, lang), theme),
    ticks: { color: theme.muted, callback: (v: string | number) => formatNumber(Number(v), lang) },
    grid: { color: theme.grid }
  };
  const categoryAxis = { stacked: model.stacked, ticks: { color: theme.muted, autoSkip: true }, grid: { display: false } };
  return {
    type: model.kind === 'line' ? 'line' : 'bar',
    data: {
      labels: model.labels,
      datasets: model.series.map((s) => ({
        label: s.name,
        data: s.values,
        backgroundColor: s.color,
        borderColor: s.color,
        borderWidth: model.kind === 'line' ? 2.5 : 0,
        pointRadius: model.kind === 'line' ? 3 : 0,
        // A missing value is a gap, as in the PDF, not a line drawn across a year with no data.
        spanGaps: false,
        maxBarThickness: 48
      }))
    },
    options: {
      ...base,
      indexAxis: horizontal ? 'y' : 'x',
      plugins: {
        legend: { display: model.series.length > 1, position: 'bottom', labels: { color: theme.text, boxWidth: 14 } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${formatValue(Number(item.raw), model.unit, lang)}` } }
      },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis }
    },
    plugins: fromZero ? [] : [axisBreak(theme.surface)]
  };
}
