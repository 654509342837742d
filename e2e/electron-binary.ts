import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const defaultElectronDir = resolve(__dirname, '..', 'node_modules', 'electron');

/**
 * The Electron binary, if installed: Electron's installer writes `path.txt` (the executable's path inside `dist/`) once
 * it has unpacked the binary there, and electron-vite and `require('electron')` read the same file. Read here without
 * `require('electron')`, which would try to download it. scripts/install-electron.mjs checks the same way.
 */
export function electronBinary(electronDir = defaultElectronDir): string | null {
  try {
    const bin = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}
