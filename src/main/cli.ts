// Headless entry: validate a dataset or export a PDF in plain Node, through the same services as the app.
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
  npm run export -- --out <file.pdf> [--kind briefing|handout|company] [--company <id>] [--sections a,b] [--paper a4|letter]
                    [--dataset <file.json>] [--prepared-for "…"] [--prepared-by "…"]`;

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
        'prepared-for': { type: 'string' },
        'prepared-by': { type: 'string' },
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
  const request = exportRequestSchema.safeParse({
    kind: values.kind,
    paper: values.paper,
    sections: values.sections?.split(',').map((s) => s.trim()),
    preparedFor: values['prepared-for'],
    preparedBy: values['prepared-by'],
    company: values.company
  });
  if (!request.success) {
    out(`Invalid options: ${request.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; ')}`);
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
  return 0;
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
