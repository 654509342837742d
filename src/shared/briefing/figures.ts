import { formatAmount, isAmountUnit } from '../i18n/amounts';
import type { Lang } from '../i18n/lang';
import { formatNumber } from '../i18n/numbers';
import { numberSources } from './numbering';
import type { Briefing, Figure, Section, Source } from './schema';

/** Colour-blind-safe palette (Okabe–Ito order), shared by the screen charts and the PDF. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** Fill patterns that tell series apart when printed in black and white; same order as PALETTE. */
export const PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical', 'zigzag', 'none'] as const;
export type Pattern = (typeof PATTERNS)[number];

export interface SeriesModel {
  name: string;
  values: (number | null)[];
  color: string;
  pattern: Pattern;
}

export interface TimelinePoint {
  date: string;
  /** Decimal year, e.g. 2019.92 for December 2019, for placing the event on an axis. */
  x: number;
  label: string;
  detail?: string;
  /** Ids of the sources of the event. */
  sources: string[];
}

/** Everything a drawing needs to show one figure; screen and PDF both draw from this. */
export interface FigureModel {
  id: string;
  sectionId: string;
  /** 1-based position of the figure in the whole briefing. */
  number: number;
  kind: Figure['kind'];
  title: string;
  caption: string;
  unit: string;
  horizontal: boolean;
  stacked: boolean;
  labels: string[];
  series: SeriesModel[];
  events: TimelinePoint[];
  sources: Source[];
  sourceLine: string;
  note?: string;
  /** Ids of the sources of the numbers the note states. */
  noteSources: string[];
  asOf?: string;
  summary: string;
}

/** Converts YYYY, YYYY-MM or YYYY-MM-DD to a decimal year (a bare year sits at its middle). */
export function decimalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return y + 0.5;
  const day = d ?? 15;
  return y + (m - 1) / 12 + (day - 1) / 365;
}

/** "Source: Title (Publisher, 2024); …" */
export function sourceLine(sources: readonly Source[], lang: Lang = 'en'): string {
  if (sources.length === 0) return '';
  const label = lang === 'ko' ? '출처' : sources.length > 1 ? 'Sources' : 'Source';
  const parts = sources.map((s) => {
    const year = s.date?.slice(0, 4);
    const who = [s.publisher, year].filter(Boolean).join(', ');
    return `${s.title} (${who})`;
  });
  return `${label}: ${parts.join('; ')}`;
}

export { formatNumber } from '../i18n/numbers';

/** 1st, 2nd, 3rd, 4th, 11th, 21st… */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Units the Korean edition may give a rank or a year (the dataset translates units; these two read differently). */
const RANK_UNITS = new Set(['rank', '위', '순위']);
const YEAR_UNITS = new Set(['year', '년', '연도']);

/**
 * Formats a number with its unit: "19%", "35 petaFLOPS", "USD 35 m" (amounts by formatAmount's one rule); in
 * Korean "19%", "4억 달러", "6위", and a counter word written onto its number ("6곳", "11,000명").
 */
export function formatValue(value: number, unit: string, lang: Lang = 'en'): string {
  const n = formatNumber(value, lang);
  if (!unit) return n;
  if (unit === '%') return `${n}%`;
  // A year is a name, not a quantity: "2027", not "2,027 year".
  if (YEAR_UNITS.has(unit) && Number.isInteger(value)) return lang === 'ko' ? `${value}년` : String(value);
  // A rank reads as an ordinal: "6th", not "6 rank".
  if (RANK_UNITS.has(unit) && Number.isInteger(value) && value > 0) return lang === 'ko' ? `${value}위` : ordinal(value);
  if (isAmountUnit(unit)) return formatAmount(value, unit, lang);
  // A currency with a spelled-out scale ("USD million") still reads currency first.
  if (/^(USD|KRW|EUR|JPY|CNY|GBP|US\$|\$|₩)(\s|$)/.test(unit)) {
    const [currency, ...rest] = unit.split(' ');
    return `${currency} ${n}${rest.length ? ` ${rest.join(' ')}` : ''}`;
  }
  // Korean writes a counter (명, 곳, 건, 개, 장) onto the number, a longer unit after a space.
  if (lang === 'ko' && /^[\uAC00-\uD7A3]{1,2}$/.test(unit)) return `${n}${unit}`;
  return `${n} ${unit}`;
}

function defaultSummary(fig: Figure, labels: string[], series: SeriesModel[]): string {
  if (fig.kind === 'timeline') {
    const first = fig.events[0];
    const last = fig.events[fig.events.length - 1];
    return `${fig.events.length} events from ${first.date} (${first.label}) to ${last.date} (${last.label}).`;
  }
  const s = series[0];
  const pairs = labels.map((l, i) => [l, s.values[i]] as const).filter((p): p is readonly [string, number] => p[1] !== null);
  if (pairs.length === 0) return `${fig.title}: no values.`;
  const max = pairs.reduce((a, b) => (b[1] > a[1] ? b : a));
  const min = pairs.reduce((a, b) => (b[1] < a[1] ? b : a));
  if (fig.kind === 'line') {
    return `${s.name}: from ${formatValue(pairs[0][1], fig.unit)} (${pairs[0][0]}) to ${formatValue(pairs[pairs.length - 1][1], fig.unit)} (${pairs[pairs.length - 1][0]}); highest ${formatValue(max[1], fig.unit)} in ${max[0]}.`;
  }
  return `${s.name}: highest ${max[0]} at ${formatValue(max[1], fig.unit)}, lowest ${min[0]} at ${formatValue(min[1], fig.unit)}.`;
}

/** Builds the model of one figure; `number` is its place in the briefing. */
export function figureModel(fig: Figure, section: Section, number: number, sourcesById: ReadonlyMap<string, Source>): FigureModel {
  const sources = fig.sources.map((id) => sourcesById.get(id)).filter((s): s is Source => s !== undefined);
  const labels = fig.kind === 'timeline' ? [] : [...fig.labels];
  const series: SeriesModel[] =
    fig.kind === 'timeline'
      ? []
      : fig.series.map((s, i) => ({
          name: s.name,
          values: [...s.values],
          color: PALETTE[i % PALETTE.length],
          pattern: PATTERNS[i % PATTERNS.length]
        }));
  const events: TimelinePoint[] =
    fig.kind === 'timeline'
      ? [...fig.events]
          .sort((a, b) => decimalYear(a.date) - decimalYear(b.date))
          .map((e) => ({ date: e.date, x: decimalYear(e.date), label: e.label, detail: e.detail, sources: [...e.sources] }))
      : [];
  return {
    id: fig.id,
    sectionId: section.id,
    number,
    kind: fig.kind,
    title: fig.title,
    caption: `Figure ${number}. ${fig.title}`,
    unit: fig.unit,
    horizontal: fig.kind !== 'timeline' && fig.horizontal === true,
    stacked: fig.kind !== 'timeline' && fig.stacked === true,
    labels,
    series,
    events,
    sources,
    sourceLine: sourceLine(sources),
    note: fig.note,
    noteSources: [...(fig.noteSources ?? [])],
    asOf: fig.asOf,
    summary: fig.summary ?? defaultSummary(fig, labels, series)
  };
}

/** Models of every figure in document order, numbered from 1. */
export function allFigureModels(briefing: Briefing): FigureModel[] {
  const sourcesById = new Map(briefing.sources.map((s) => [s.id, s]));
  const out: FigureModel[] = [];
  for (const section of briefing.sections) {
    for (const fig of section.figures) out.push(figureModel(fig, section, out.length + 1, sourcesById));
  }
  return out;
}

/** The figure models of each section, in briefing order; a section without figures has no entry. */
export function figuresBySection(models: readonly FigureModel[]): ReadonlyMap<string, FigureModel[]> {
  const by = new Map<string, FigureModel[]>();
  for (const m of models) {
    const list = by.get(m.sectionId);
    if (list) list.push(m);
    else by.set(m.sectionId, [m]);
  }
  return by;
}

/** Ids of every source a figure cites: its own, its note's and its events'. */
export function figureSourceIds(model: Pick<FigureModel, 'sources' | 'noteSources' | 'events'>): string[] {
  return [...new Set([...model.sources.map((s) => s.id), ...model.noteSources, ...model.events.flatMap((e) => e.sources)])];
}

/** A ready citation of a figure and its sources, for the clipboard; each source under its briefing-wide number. */
export function figureCitation(model: FigureModel, briefing: Briefing): string {
  const numbering = numberSources(briefing);
  const sources = numbering.entries(model.sources.map((s) => s.id)).map(({ n, source: s }) => {
    const parts = [s.author, s.title, s.publisher, s.date].filter(Boolean).join(', ');
    return `[${n}] ${s.url ? `${parts}. ${s.url}` : `${parts}.`}`;
  });
  const asOf = model.asOf ? ` (data as of ${model.asOf})` : '';
  return [
    `${model.caption}${model.unit ? ` [${model.unit}]` : ''}${asOf}. In: ${briefing.title}, as of ${briefing.asOf}.`,
    ...sources.map((s) => `— ${s}`)
  ].join('\n');
}
