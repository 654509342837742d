import type { FigureModel } from './figures';

/** Quotes one CSV field per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A figure's data as CSV (RFC 4180: CRLF line ends), with a byte-order mark so spreadsheet programs
 * read Hangul as UTF-8, and the unit and sources in trailing comment-like rows.
 */
export function figureCsv(model: FigureModel): string {
  const rows: (string | number | null)[][] = [];
  if (model.kind === 'timeline') {
    rows.push(['Date', 'Event', 'Detail']);
    for (const e of model.events) rows.push([e.date, e.label, e.detail ?? '']);
  } else {
    rows.push([model.horizontal ? 'Category' : 'Label', ...model.series.map((s) => (model.unit ? `${s.name} (${model.unit})` : s.name))]);
    model.labels.forEach((label, i) => rows.push([label, ...model.series.map((s) => s.values[i])]));
  }
  rows.push([]);
  rows.push([model.caption]);
  if (model.note) rows.push([`Note: ${model.note}`]);
  if (model.sourceLine) rows.push([model.sourceLine]);
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
