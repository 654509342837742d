// One cold headless export in a fresh process (for the benchmark): load, validate, load fonts, build, write.

import { exportCommand } from '../src/main/cli';

const out = process.argv[2];
void exportCommand(['--out', out, '--kind', 'briefing', '--paper', 'a4'], () => undefined).then((code) => {
  console.log(`maxRss=${process.resourceUsage().maxRSS}`);
  process.exitCode = code;
});
