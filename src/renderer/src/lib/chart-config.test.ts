import { describe, expect, it } from 'vitest';
import { figureModel, PALETTE } from '../../../shared/briefing/figures';
import type { Figure, Section, Source } from '../../../shared/briefing/schema';
import { chartConfig, chartHeight, TIMELINE_ROW } from './chart-config';

const sources = new Map<string, Source>([['s', { id: 's', title: 'T', publisher: 'P' }]]);
const section: Section = { id: 'sec', title: 'Sec', summary: 'x', takeaways: [], keyFigures: [], body: [], figures: [] };
const model = (fig: Figure) => figureModel(fig, section, 1, sources);

describe('chartConfig', () => {
  it('draws a bar figure from the model: same labels, values, colours, unit on the value axis', () => {
    const cfg = chartConfig(
      model({
        id: 'b',
        kind: 'bar',
        horizontal: true,
        title: 'B',
        unit: 'USD bn',
        labels: ['a', 'b'],
        series: [{ name: 'S', values: [1, 2] }],
        sources: ['s']
      })
    );
    expect(cfg.type).toBe('bar');
    expect(cfg.data.labels).toEqual(['a', 'b']);
    expect(cfg.data.datasets[0]).toMatchObject({ label: 'S', data: [1, 2], backgroundColor: PALETTE[0] });
    const options = cfg.options as { indexAxis: string; scales: { x: { title: { text: string } } } };
    expect(options.indexAxis).toBe('y');
    expect(options.scales.x.title.text).toBe('USD bn');
  });

  it('labels share slices with their percentage', () => {
    const cfg = chartConfig(
      model({
        id: 'p',
        kind: 'share',
        title: 'P',
        unit: '%',
        labels: ['ML', 'Other'],
        series: [{ name: 'Share', values: [77, 23] }],
        sources: ['s']
      })
    );
    expect(cfg.type).toBe('doughnut');
    expect(cfg.data.labels).toEqual(['ML — 77%', 'Other — 23%']);
  });

  it('places timeline events in date order, one row each, and grows the chart with them', () => {
    const events = ['2021', '2019-12', '2020', '2024', '2022'].map((date) => ({ date, label: `E${date}`, sources: ['s'] }));
    const cfg = chartConfig(model({ id: 't', kind: 'timeline', title: 'T', unit: '', events, sources: ['s'] }));
    const points = cfg.data.datasets[0].data as { x: number; y: number; label: string }[];
    expect(points.map((p) => p.label)).toEqual(['Dec 2019 · E2019-12', '2020 · E2020', '2021 · E2021', '2022 · E2022', '2024 · E2024']);
    expect(points.map((p) => p.y)).toEqual([0, 1, 2, 3, 4]);
    expect(points[0].x).toBeLessThan(points[1].x);
    const m = model({ id: 't', kind: 'timeline', title: 'T', unit: '', events, sources: ['s'] });
    expect(chartHeight(m)).toBe(56 + 5 * TIMELINE_ROW);
  });
});

describe('chartConfig: gaps and axes as in the PDF', () => {
  const line = (values: (number | null)[]) =>
    chartConfig(
      model({
        id: 'l',
        kind: 'line',
        title: 'L',
        unit: '%',
        labels: values.map((_, i) => String(2020 + i)),
        series: [{ name: 'S', values }],
        sources: ['s']
      })
    );
  const yAxis = (cfg: ReturnType<typeof chartConfig>) =>
    (cfg.options as { scales: { y: { beginAtZero: boolean; min?: number } } }).scales.y;

  it('leaves a gap where a value is missing instead of bridging it', () => {
    const cfg = line([3, null, 5]);
    expect(cfg.data.datasets[0]).toMatchObject({ data: [3, null, 5], spanGaps: false });
  });

  it('starts a line at zero when its values come near it, with no break mark', () => {
    const cfg = line([2, 6, 10]);
    expect(yAxis(cfg)).toMatchObject({ beginAtZero: true });
    expect(yAxis(cfg).min).toBeUndefined();
    expect(cfg.plugins?.map((p) => p.id)).not.toContain('axisBreak');
  });

  it('starts a line far from zero at a round number and marks the axis as broken', () => {
    const cfg = line([11.9, 17.1, 20.9]);
    expect(yAxis(cfg)).toMatchObject({ beginAtZero: false, min: 10 });
    expect(cfg.plugins?.map((p) => p.id)).toContain('axisBreak');
  });
});
