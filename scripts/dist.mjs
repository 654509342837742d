#!/usr/bin/env node
// `npm run dist` (installers for this OS) and `npm run dist:dir` (the unpacked app, `--dir`): builds out/, writes the
// icons, then runs electron-builder with electron-builder.yml. ELECTRON_DIST names a folder holding an unpacked
// Electron (electron-builder's electronDist), so a machine that cannot download Electron can still package; without
// it electron-builder downloads the runtime (or uses its cache).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// --reuse-build: out/ is already fresh (the packaging test's run built it); everything else goes to electron-builder.
const reuseBuild = process.argv.includes('--reuse-build');
const builderArgs = ['--config', 'electron-builder.yml', ...process.argv.slice(2).filter((a) => a !== '--reuse-build')];
const electronDist = process.env.ELECTRON_DIST;
if (electronDist) {
  const dir = resolve(electronDist);
  if (!existsSync(dir)) {
    console.error(`ELECTRON_DIST is ${dir}, which does not exist: it must be a folder holding an unpacked Electron.`);
    process.exit(1);
  }
  builderArgs.push(`-c.electronDist=${dir}`);
}

if (!reuseBuild) run(bin('electron-vite'), ['build']);
run(process.execPath, [join(root, 'scripts', 'icons.mjs')]);
run(bin('electron-builder'), builderArgs);
