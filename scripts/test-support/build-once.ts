// vitest globalSetup: the tests of the built app (out/main under a stand-in electron, the packaged archive) need
// `electron-vite build`'s output. It is rebuilt once per run, before any test, when a source is newer than it.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const OUTPUTS = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'];
const INPUTS = ['src', 'resources', 'electron.vite.config.ts', 'package.json'];

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return /\.test\.ts$/.test(path) ? 0 : info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function oldestOutput(): number {
  try {
    return Math.min(...OUTPUTS.map((p) => statSync(join(root, p)).mtimeMs));
  } catch {
    return 0;
  }
}

export default function setup(): void {
  if (oldestOutput() > Math.max(...INPUTS.map((p) => newest(join(root, p))))) return;
  const result = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
}
