// Exports in a fresh process, for the benchmark.
// - `<out>`: one cold headless export (load, validate, load fonts, build, write), as the CLI does it.
// - `<out> --after-warm-up`: the app's start-up warm-up first, then the export the reader asks for, timed alone.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCommand } from '../src/main/cli';
import { buildPdf, warmUpExport } from '../src/main/pdf';
import { loadDefaultBriefing } from '../src/main/services/startup';

const out = process.argv[2];

async function afterWarmUp(): Promise<number> {
  // Run from the repository root (the benchmark sets the working folder).
  const resourcesDir = join(process.cwd(), 'resources');
  const fontDir = join(resourcesDir, 'fonts');
  const { briefing } = loadDefaultBriefing(resourcesDir);
  await warmUpExport(briefing, fontDir);
  const t0 = performance.now();
  writeFileSync(out, await buildPdf(briefing, { kind: 'briefing', paper: 'a4' }, { fontDir }));
  console.log(`exportMs=${performance.now() - t0}`);
  return 0;
}

const run = process.argv.includes('--after-warm-up')
  ? afterWarmUp()
  : exportCommand(['--out', out, '--kind', 'briefing', '--paper', 'a4'], () => undefined);
void run.then((code) => {
  console.log(`maxRss=${process.resourceUsage().maxRSS}`);
  process.exitCode = code;
});
