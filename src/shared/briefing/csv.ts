import type { FigureModel } from './figures';

/** Quotes one CSV field per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The column that holds a figure's labels: "year" when every label is a year, else "category". */
export function labelColumn(model: FigureModel): 'year' | 'category' {
  return model.labels.every((l) => /^\d{4}$/.test(l)) ? 'year' : 'category';
}

/**
 * A figure's data as a tidy table: one row per observation (series, year or category, value, unit), nothing
 * else, so a spreadsheet or a script reads it as it is; title, sources and notes go into the metadata beside
 * it (figure-package.ts). A timeline's rows are its events (date, event, detail). An empty value is a gap:
 * the sources give no number for it. RFC 4180 with CRLF, and a byte-order mark so spreadsheets read Hangul as UTF-8.
 */
export function figureCsv(model: FigureModel): string {
  const rows: (string | number | null)[][] = [];
  if (model.kind === 'timeline') {
    rows.push(['date', 'event', 'detail']);
    for (const e of model.events) rows.push([e.date, e.label, e.detail ?? '']);
  } else {
    rows.push(['series', labelColumn(model), 'value', 'unit']);
    for (const s of model.series) model.labels.forEach((label, i) => rows.push([s.name, label, s.values[i], model.unit]));
  }
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV (for tests and round trips); a leading byte-order mark is dropped. */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
