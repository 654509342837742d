// Runs Electronegativity over src/ and fails on any finding of MEDIUM severity or higher.
// The tool itself exits 0 even with HIGH findings, so this gate reads its CSV report.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../src/shared/briefing/csv';

interface GateConfig {
  electronVersion: string;
  excluded: Record<string, string>;
}

const root = join(__dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'electronegativity.json'), 'utf8')) as GateConfig;
const report = join(mkdtempSync(join(tmpdir(), 'eneg-')), 'report.csv');
const bin = join(root, 'node_modules', '.bin', 'electronegativity');
const args = ['-i', join(root, 'src'), '-r', '-v', 'false', '-e', config.electronVersion, '-o', report];
const excluded = Object.keys(config.excluded);
if (excluded.length) args.push('-x', excluded.map((n) => n.toLowerCase()).join(','));
execFileSync(bin, args, { stdio: ['ignore', 'ignore', 'inherit'] });

// The CSV is "issue, severity, confidence, filename, location, sample, description, url" with LF line ends.
const rows = parseCsv(readFileSync(report, 'utf8').replace(/\r?\n/g, '\r\n')).filter((r) => r.length > 3);
const findings = rows.slice(1).map(([issue, severity, confidence, file, location, , description]) => ({
  issue,
  severity: severity.trim(),
  confidence,
  file,
  location,
  description
}));
const blocking = findings.filter((f) => ['MEDIUM', 'HIGH', 'CRITICAL'].includes(f.severity));
for (const f of findings) console.log(`${f.severity.padEnd(8)} ${f.issue} ${f.file}:${f.location} — ${f.description}`);
console.log(
  `Electronegativity: ${findings.length} finding(s), ${blocking.length} of MEDIUM or higher; excluded by name: ${excluded.join(', ') || 'none'}.`
);
if (blocking.length) process.exitCode = 1;
