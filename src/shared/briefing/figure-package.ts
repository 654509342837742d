import { figureCsv, labelColumn } from './csv';
import { figureCitation, figureSourceIds, type FigureModel } from './figures';
import { readableDate } from './lookups';
import { numberSources } from './numbering';
import type { Briefing } from './schema';

/**
 * What "Download data" saves for a figure, as Our World in Data does: the tidy CSV, its metadata (title,
 * unit, sources under their briefing numbers, notes, licence) as JSON, and a README saying what is what.
 * Pure: the main process zips the files.
 */

/** Said when the dataset names no licence: nothing is promised that the dataset does not say. */
export const NO_LICENCE = "The dataset states no licence. The numbers are the cited sources'; check their terms before reuse.";

/** "korea-ai-industry-figure-3-chip-share": the name of the ZIP and, inside it, of the files. */
export function figureFileBase(briefing: Pick<Briefing, 'id'>, model: Pick<FigureModel, 'number' | 'id'>): string {
  return `${briefing.id}-figure-${model.number}-${model.id}`;
}

export interface FigureMetadata {
  figure: number;
  title: string;
  unit: string;
  asOf?: string;
  note?: string;
  /** Numbers (in `sources`) of the sources of the note's numbers. */
  noteSources?: number[];
  summary: string;
  columns: { name: string; description: string }[];
  /** Each source under its number in the briefing, the app and its PDFs. */
  sources: { number: number; title: string; publisher: string; author?: string; date?: string; url?: string; accessed?: string }[];
  briefing: { title: string; asOf: string };
  licence: string;
  citation: string;
}

function columns(model: FigureModel): FigureMetadata['columns'] {
  if (model.kind === 'timeline') {
    return [
      { name: 'date', description: 'when the event happened: YYYY, YYYY-MM or YYYY-MM-DD' },
      { name: 'event', description: 'what happened' },
      { name: 'detail', description: 'more about it, where the briefing gives more' }
    ];
  }
  const label = labelColumn(model);
  return [
    { name: 'series', description: 'which line, bar group or share the row belongs to' },
    { name: label, description: label === 'year' ? 'the year of the observation' : 'what the observation is of' },
    { name: 'value', description: `the number, in ${model.unit || 'the unit given'}; empty where the sources give none` },
    { name: 'unit', description: 'the unit of the value' }
  ];
}

export function figureMetadata(model: FigureModel, briefing: Briefing): FigureMetadata {
  const numbering = numberSources(briefing);
  const sources = numbering.entries(figureSourceIds(model)).map(({ n, source: s }) => ({
    number: n,
    title: s.title,
    publisher: s.publisher,
    ...(s.author ? { author: s.author } : {}),
    ...(s.date ? { date: s.date } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.accessed ? { accessed: s.accessed } : {})
  }));
  return {
    figure: model.number,
    title: model.title,
    unit: model.unit,
    ...(model.asOf ? { asOf: model.asOf } : {}),
    ...(model.note ? { note: model.note, noteSources: numbering.numbers(model.noteSources) } : {}),
    summary: model.summary,
    columns: columns(model),
    sources,
    briefing: { title: briefing.title, asOf: briefing.asOf },
    licence: briefing.licence ?? NO_LICENCE,
    citation: figureCitation(model, briefing)
  };
}

/** The README of the ZIP, in Markdown: what the figure shows, the files, the columns, the sources, the licence. */
export function figureReadme(model: FigureModel, briefing: Briefing, base: string): string {
  const meta = figureMetadata(model, briefing);
  const lines = [
    `# ${model.caption}`,
    '',
    `From "${briefing.title}", as of ${readableDate(briefing.asOf)}.${meta.asOf ? ` The data are as of ${readableDate(meta.asOf)}.` : ''}`,
    '',
    meta.summary,
    '',
    '## Files',
    '',
    `- \`${base}.csv\`: the data, one row per observation (UTF-8 with a byte-order mark, comma-separated).`,
    `- \`${base}.metadata.json\`: the same facts as this file, for programs.`,
    '',
    '## Columns',
    '',
    ...meta.columns.map((c) => `- \`${c.name}\`: ${c.description}`),
    ...(meta.unit ? ['', `Unit: ${meta.unit}.`] : []),
    ...(meta.note ? ['', '## Note', '', `${meta.note}${meta.noteSources?.length ? ` [${meta.noteSources.join(', ')}]` : ''}`] : []),
    '',
    '## Sources',
    '',
    'Numbered as in the briefing, the app and its PDFs.',
    '',
    ...meta.sources.map(
      (s) =>
        `[${s.number}] ${[s.author, s.title, s.publisher, s.date ? readableDate(s.date) : ''].filter(Boolean).join(', ')}.${s.url ? ` ${s.url}` : ''}${s.accessed ? ` (accessed ${readableDate(s.accessed)})` : ''}`
    ),
    '',
    '## Licence',
    '',
    meta.licence,
    '',
    '## How to cite',
    '',
    meta.citation,
    ''
  ];
  return lines.join('\n');
}

/** The files of the ZIP, by name. */
export function figurePackageFiles(model: FigureModel, briefing: Briefing): Record<string, string> {
  const base = figureFileBase(briefing, model);
  return {
    [`${base}.csv`]: figureCsv(model),
    [`${base}.metadata.json`]: JSON.stringify(figureMetadata(model, briefing), null, 2) + '\n',
    'README.md': figureReadme(model, briefing, base)
  };
}
