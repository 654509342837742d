// Headless entry: validate a dataset or export a PDF in plain Node, through the same services as the app.
import { readFile } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import { allFigureModels } from '../shared/briefing/figures';
import { formatProblems } from '../shared/briefing/validate';
import { exportRequestSchema } from '../shared/ipc';
import { loadBriefingFile } from './services/dataset';

const root = resolve(__dirname, '..', '..');
const resourcesDir = join(root, 'resources');

const USAGE = `Usage:
  npm run validate -- <dataset.json>
  npm run export -- --out <file.pdf> [--kind briefing|handout|company] [--company <id>] [--paper a4|letter] [--dataset <file.json>]
                    [--sections a,b (in this order)] [--title "…"] [--date YYYY-MM-DD]
                    [--prepared-for "…"] [--prepared-by "…"] [--notes <notes.json>]
                    [--handout-figures id,id] [--handout-numbers id,id] [--back-page]
                    [--lang en|ko] [--bilingual (handout: page 1 English, page 2 Korean)]
  (docs/export-cli.md explains each option)`;

/** A comma-separated list of ids, e.g. "semiconductors, conglomerates"; undefined when the flag was not given. */
function idList(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Reads a notes file: a JSON object mapping section ids to the reader's plain-text notes, either bare
 * (`{"semiconductors": "…"}`) or under a "notes" key beside other fields (`{"notes": {…}}`, as an
 * exported notes file may hold). The one place the CLI parses notes. Throws an Error saying what is wrong and where.
 */
export async function readNotesFile(path: string): Promise<Record<string, string>> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    const why = err instanceof SyntaxError ? `it is not valid JSON (${err.message})` : (err as Error).message;
    throw new Error(`Cannot read the notes file ${path}: ${why}`, { cause: err });
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const notes = isObject(data) && isObject(data.notes) ? data.notes : data;
  if (!isObject(notes)) throw new Error(`The notes file ${path} must hold a JSON object mapping section ids to text.`);
  const wrong = Object.entries(notes).filter(([, text]) => typeof text !== 'string');
  if (wrong.length)
    throw new Error(`The notes file ${path}: the notes for ${wrong.map(([id]) => `"${id}"`).join(', ')} must be text (a JSON string).`);
  return notes as Record<string, string>;
}

/** Validates one dataset file: a summary line and exit 0, or every problem and exit 1. */
export async function validateCommand(args: string[], out: (line: string) => void): Promise<number> {
  if (args.length !== 1) {
    out(USAGE);
    return 2;
  }
  const file = resolve(args[0]);
  const result = await loadBriefingFile(file);
  if (!result.ok) {
    out(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
    out(formatProblems(result.problems));
    return 1;
  }
  const b = result.briefing;
  out(`${file}: valid — ${b.sections.length} sections, ${allFigureModels(b).length} figures, ${b.sources.length} sources`);
  // Warnings never fail validation: the dataset opens, and they say what a reader would miss (or see as boxes in a PDF).
  const { findUndrawable, undrawableWarnings } = await import('./pdf');
  const warnings = [...result.warnings, ...undrawableWarnings(findUndrawable(b, join(resourcesDir, 'fonts')))];
  if (warnings.length > 0) {
    out(`${warnings.length} warning${warnings.length === 1 ? '' : 's'}:`);
    out(formatProblems(warnings));
  }
  return 0;
}

/** Exports a PDF without the app: the same services, with the output path standing in for the save dialog. */
export async function exportCommand(args: string[], out: (line: string) => void): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        out: { type: 'string' },
        kind: { type: 'string', default: 'briefing' },
        sections: { type: 'string' },
        paper: { type: 'string', default: 'a4' },
        dataset: { type: 'string' },
        title: { type: 'string' },
        date: { type: 'string' },
        'prepared-for': { type: 'string' },
        'prepared-by': { type: 'string' },
        notes: { type: 'string' },
        'handout-figures': { type: 'string' },
        'handout-numbers': { type: 'string' },
        'back-page': { type: 'boolean' },
        lang: { type: 'string' },
        bilingual: { type: 'boolean' },
        company: { type: 'string' }
      }
    }));
  } catch (err) {
    out(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.out) {
    out(`--out is required.\n${USAGE}`);
    return 2;
  }
  let notes: Record<string, string> | undefined;
  if (values.notes !== undefined) {
    try {
      notes = await readNotesFile(resolve(values.notes));
    } catch (err) {
      out((err as Error).message);
      return 2;
    }
  }
  const request = exportRequestSchema.safeParse({
    kind: values.kind,
    paper: values.paper,
    sections: idList(values.sections),
    title: values.title,
    date: values.date,
    preparedFor: values['prepared-for'],
    preparedBy: values['prepared-by'],
    handoutFigures: idList(values['handout-figures']),
    handoutNumbers: idList(values['handout-numbers']),
    notes,
    includeNotes: notes ? true : undefined,
    backPage: values['back-page'],
    lang: values.lang,
    bilingual: values.bilingual,
    company: values.company
  });
  if (!request.success) {
    out(`Invalid options: ${request.error.issues.map((i) => `--${flagName(i.path[0])}: ${i.message}`).join('; ')}`);
    return 2;
  }
  const target = resolve(values.out);
  // Loaded here so that validating never pays for pdfkit and the fonts.
  const { createAppCore } = await import('./app-core');
  const { store, services } = await createAppCore({
    resourcesDir,
    datasetPath: values.dataset && resolve(values.dataset),
    dialogs: { chooseDatasetToOpen: async () => null, chooseSavePath: async () => target }
  });
  if (store.current.notice) {
    out(store.current.notice.replace('; showing the default briefing instead', ''));
    return 1;
  }
  const result = await services.exportPdf(request.data);
  if (!result.ok) {
    out(result.error);
    return 1;
  }
  out(`Wrote ${result.value.path} (${(result.value.bytes / 1024).toFixed(0)} KB)`);
  for (const warning of result.value.warnings ?? []) out(`Note: ${warning}`);
  return 0;
}

/** The command-line flag of a request field, for messages: "preparedFor" → "prepared-for". */
function flagName(field: PropertyKey): string {
  return String(field).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const print = (line: string): void => console.log(line);
  if (command === 'validate') return validateCommand(rest, print);
  if (command === 'export') return exportCommand(rest, print);
  print(USAGE);
  return 2;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
