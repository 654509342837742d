import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { validateBriefing, type Problem, type ValidationResult } from '../../shared/briefing/validate';
import type { OpenBriefing } from '../../shared/ipc';
import { jsonErrorOffset } from './json-syntax';

/** Datasets larger than this are refused before they are read, so a stray file cannot stall the app. */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;

/** Line and column (1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses JSON text; a syntax error becomes one problem naming its line and column. */
export function parseJson(text: string): { ok: true; data: unknown } | { ok: false; problems: Problem[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [{ path: '$', message: 'the file is empty' }] };
  try {
    return { ok: true, data: JSON.parse(body) };
  } catch (err) {
    const found = jsonErrorOffset(body);
    if (!found) return { ok: false, problems: [{ path: '$', message: `JSON syntax error: ${(err as Error).message}` }] };
    const { line, column } = lineColumn(body, found.offset);
    const near = JSON.stringify(body.slice(found.offset, found.offset + 12));
    const what = found.offset >= body.length ? 'the file ends' : `found ${near}`;
    return {
      ok: false,
      problems: [{ path: '$', message: `JSON syntax error at line ${line}, column ${column}: expected ${found.expected}, ${what}` }]
    };
  }
}

/** Parses and validates a dataset's text. */
export function parseBriefingText(text: string): ValidationResult {
  const parsed = parseJson(text);
  return parsed.ok ? validateBriefing(parsed.data) : parsed;
}

/** Reads and validates a dataset file; every failure is a list of problems, never a throw. */
export async function loadBriefingFile(path: string): Promise<ValidationResult> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, problems: [{ path: '$', message: `${path} is a folder, not a dataset file` }] };
    if (info.size > MAX_DATASET_BYTES) {
      return {
        ok: false,
        problems: [
          {
            path: '$',
            message: `the file is ${(info.size / 1048576).toFixed(1)} MB; datasets are limited to ${MAX_DATASET_BYTES / 1048576} MB`
          }
        ]
      };
    }
    const bytes = await readFile(path);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'the file does not exist'
        : code === 'EACCES'
          ? 'permission denied'
          : err instanceof TypeError
            ? 'the file is not UTF-8 text'
            : (err as Error).message;
    return { ok: false, problems: [{ path: '$', message: `cannot read ${path}: ${reason}` }] };
  }
  return parseBriefingText(text);
}

/** Holds the open briefing; a failed open leaves it as it was. */
export class BriefingStore {
  #current: OpenBriefing;

  constructor(initial: OpenBriefing) {
    this.#current = initial;
  }

  get current(): OpenBriefing {
    return this.#current;
  }

  /** Attaches a notice the page shows once, e.g. why the requested file was not opened. */
  setNotice(notice: string): void {
    this.#current = { ...this.#current, notice };
  }

  /** Attaches what a PDF of the open briefing could not print (font-coverage.ts), for the page to show. */
  setUndrawable(undrawable: string | undefined): void {
    const { undrawable: _before, ...rest } = this.#current;
    this.#current = undrawable ? { ...rest, undrawable } : rest;
  }

  /** Loads a file and, only if it is valid, makes it the open briefing. */
  async open(path: string): Promise<{ ok: true; value: OpenBriefing } | { ok: false; problems: Problem[] }> {
    const result = await loadBriefingFile(path);
    if (!result.ok) return result;
    this.#current = { briefing: result.briefing, origin: { kind: 'file', name: basename(path), path } };
    return { ok: true, value: this.#current };
  }
}
