// Where a chart's value axis starts: one rule for the screen and the PDF, so both draw a figure on the same scale.
import type { FigureModel } from './figures';

type Values = readonly (number | null)[];

/** Lines start at zero unless all values sit far from it (the lowest is at least half the highest); bars always do. */
export function lineStartsAtZero(values: Values): boolean {
  const vals = values.filter((v): v is number => v !== null);
  if (vals.length === 0) return true;
  const min = Math.min(...vals);
  const max = Math.max(...vals);
  return min < 0 || min < max * 0.5;
}

/** Whether the figure's value axis starts at zero (timelines and shares have none that could not). */
export function valueAxisFromZero(model: Pick<FigureModel, 'kind' | 'series'>): boolean {
  return model.kind !== 'line' || lineStartsAtZero(model.series.flatMap((s) => s.values));
}

/** A round step for about `count` intervals over a span: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

/**
 * The lowest value on the axis: zero, or (for a line whose values sit far from zero) a round number just below the
 * lowest value, which the screen writes out ("starts at 10, not zero").
 */
export function valueAxisMin(model: Pick<FigureModel, 'kind' | 'series'>): number {
  if (valueAxisFromZero(model)) return 0;
  const vals = model.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const min = Math.min(...vals);
  const max = Math.max(...vals);
  if (max === min) return Math.floor(min);
  const step = niceStep(max - min, 5);
  return Math.floor(min / step) * step;
}
