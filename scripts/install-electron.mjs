#!/usr/bin/env node
// Fetches the Electron binary with Electron's own installer (the package's `install-electron` bin).
//
// Electron 43+ has no install script of its own: the binary arrives only when `install-electron` runs, and
// electron-vite reads node_modules/electron/path.txt, which only that installer writes. Without this step a fresh
// clone's `npm start` fails with "Electron uninstall". Run as `postinstall`, and again before `npm start` and
// `npm run dev` (`--before-start`) for an install made with --ignore-scripts.
//
// ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips the download (CI and machines without access to Electron's releases): install
// still succeeds and every test runs, the end-to-end ones in Chromium. The installer honours ELECTRON_MIRROR,
// electron_config_cache and electron_use_remote_checksums (see @electron/get).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const beforeStart = process.argv.includes('--before-start');
const skip = /^(1|true)$/i.test(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '');

// Resolved from the project being installed (npm runs lifecycle scripts in its root), without running electron's
// index.js, which would start a download of its own.
let installer;
try {
  installer = createRequire(join(process.cwd(), 'package.json')).resolve('electron/install.js');
} catch {
  // A production-only install (`npm ci --omit=dev`, e.g. to run the CLI) has no electron package: nothing to fetch.
  console.log('The electron package is not installed (a production-only install?); no Electron binary to fetch.');
  process.exit(beforeStart ? 1 : 0);
}
const electronDir = dirname(installer);

/** The same test as the e2e harness's electronBinary(): path.txt names an executable present under dist/. */
function installedBinary() {
  try {
    const bin = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

if (skip) {
  if (beforeStart && !installedBinary()) {
    console.error(
      'The Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD is set), so the app cannot start.\n' +
        'Unset it and run "npm run install-electron" (or "npx install-electron"), then try again.'
    );
    process.exit(1);
  }
  if (!beforeStart) console.log('Electron binary not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD is set); "npm start" needs it.');
  process.exit(0);
}

// The installer returns at once when the right version is already in place.
const result = spawnSync(process.execPath, [installer], { stdio: 'inherit' });
if (result.status !== 0 || !installedBinary()) {
  console.error(
    `Electron's installer (${installer}) did not install the binary` +
      (result.error ? `: ${result.error.message}` : result.status !== 0 ? ` (exit code ${result.status})` : '') +
      '.\nCheck the network (or set ELECTRON_MIRROR), then run "npm run install-electron" again. ' +
      'To install without the binary (tests only), set ELECTRON_SKIP_BINARY_DOWNLOAD=1.'
  );
  process.exit(1);
}
