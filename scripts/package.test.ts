// Packages the app as `ELECTRON_DIST=<folder> npm run dist:dir` does and checks what users would get. The Electron
// runtime cannot be downloaded here, so the ELECTRON_DIST folder holds a stand-in for it: an `electron` executable
// that is a shell script carrying Electron's fuse wire (so electron-builder can flip the fuses, and this test read
// them back), and a `version` file. The stand-in replaces only the runtime: the app archive, its file list, the
// production dependencies and the fuse configuration are electron-builder's real output, and the app's main is then
// started from the unpacked archive (under the stand-in electron module) to make a PDF with what was packed.
import { extractAll, extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_EXTENSION } from '../src/main/services/startup';
import { app, control, restorePlatform } from '../src/main/testing/electron-stand-in';
import { fromPage, shownWindow, startBuiltMain, until } from '../src/main/testing/run-built-main';

const root = resolve(__dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'package-test-'));
const unpacked = join(work, 'release', 'linux-unpacked');
const archive = join(unpacked, 'resources', 'app.asar');
const MB = 1024 * 1024;
// A fuse's byte on the wire: "1" on, "0" off (@electron/fuses's FuseState, which its index does not export).
const FuseState = { ENABLE: 0x31, DISABLE: 0x30 } as const;

/** A folder electron-builder takes for an unpacked Electron 45 for Linux, without the real runtime. */
function standInElectronDist(): string {
  const dir = join(work, 'electron-dist');
  mkdirSync(dir);
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
  // Electron's fuse wire: the sentinel, wire version 1, 8 fuses, as a stock Electron 45 ships them.
  const stock = [1, 0, 1, 1, 0, 0, 0, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));
  const wire = Buffer.concat([Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, stock.length, ...stock])]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n# stand-in for the Electron runtime\nexit 0\n'), wire]), {
    mode: 0o755
  });
  writeFileSync(join(dir, 'version'), version);
  return dir;
}

/** The packages `npm ci --omit=dev` installs: the production dependencies and theirs, from the lock file. */
function productionPackages(): Set<string> {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  return new Set(
    Object.entries(lock.packages)
      .filter(([path, info]) => path.startsWith('node_modules/') && !info.dev && !info.devOptional)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
  );
}

let files: string[];

beforeAll(() => {
  // vitest's globalSetup has built out/; dist.mjs then writes the icons and runs electron-builder.
  const result = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'dist.mjs'), '--dir', '--reuse-build', `-c.directories.output=${join(work, 'release')}`],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_DIST: standInElectronDist() } }
  );
  if (result.status !== 0) throw new Error(`npm run dist:dir failed:\n${result.stdout}\n${result.stderr}`);
  files = listPackage(archive, { isPack: false }).map((f) => f.replace(/\\/g, '/').replace(/^\//, ''));
}, 180_000);

afterAll(restorePlatform);

describe('ELECTRON_DIST=<folder> npm run dist:dir', () => {
  it('packs the built app, the dataset and the fonts', () => {
    for (const f of [
      'package.json',
      'out/main/index.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'resources/briefing.json',
      'resources/fonts/Pretendard-Regular.ttf',
      'resources/fonts/Pretendard-SemiBold.ttf',
      'resources/fonts/Pretendard-Bold.ttf',
      'resources/fonts/LICENSE-Pretendard.txt'
    ]) {
      expect(files, f).toContain(f);
    }
    expect(files.some((f) => /^out\/renderer\/assets\/index-[\w-]+\.js$/.test(f))).toBe(true);
  });

  it('holds only the production dependencies (pdfkit, fontkit, zod and theirs), and no sources, tests or tools', () => {
    const packed = new Set(
      files
        .filter((f) => /(^|\/)node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(f))
        .map((f) => f.replace(/^.*node_modules\/|\/package\.json$/g, ''))
    );
    expect([...packed].sort()).toEqual([...productionPackages()].sort());
    for (const name of ['pdfkit', 'fontkit', 'zod']) expect(packed).toContain(name);
    const tops = new Set(files.map((f) => f.split('/')[0]));
    expect([...tops].sort()).toEqual(['node_modules', 'out', 'package.json', 'resources']);
    expect(files.filter((f) => /\.test\.|\.spec\.|\.map$|\.d\.[cm]?ts$/.test(f))).toEqual([]);
    for (const dev of ['electron', 'vite', 'svelte', 'chart.js', 'playwright', 'typescript', 'electron-builder'])
      expect(packed.has(dev), dev).toBe(false);
  });

  it('is under 40 MB without the Electron runtime', () => {
    const size = (dir: string): number =>
      readdirSync(dir, { withFileTypes: true }).reduce(
        (n, e) => n + (e.isDirectory() ? size(join(dir, e.name)) : statSync(join(dir, e.name)).size),
        0
      );
    const runtime = statSync(join(unpacked, 'korea-ai-briefing')).size + statSync(join(unpacked, 'version')).size;
    const app = size(unpacked) - runtime;
    expect(app).toBeLessThan(40 * MB);
    // The fonts alone are 8 MB: a much smaller app would be missing something.
    expect(statSync(archive).size).toBeGreaterThan(10 * MB);
  });

  it('sets Electron’s fuses: no RunAsNode, NODE_OPTIONS or inspect; asar integrity and asar-only on; file:// kept', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'korea-ai-briefing'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.ENABLE);
  });

  it('names the product, the app id and the dataset file association the Open dialog also accepts', () => {
    const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^productName: Korea AI Briefing$/m);
    expect(config).toMatch(/^appId: \S+$/m);
    expect(config).toMatch(new RegExp(`^fileAssociations:\\n  - ext: ${DATASET_EXTENSION}$`, 'm'));
    for (const target of ['AppImage', 'deb', 'dmg', 'zip', 'nsis']) expect(config).toContain(target);
    for (const icon of ['build/icon.icns', 'build/icon.ico', 'build/icons/512x512.png', 'build/icons/16x16.png'])
      expect(existsSync(join(root, icon)), icon).toBe(true);
    const packedPackage = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as { productName: string; main: string };
    expect(packedPackage).toMatchObject({ productName: 'Korea AI Briefing', main: './out/main/index.js' });
  });

  it('starts from the unpacked archive and makes a PDF with only what was packed', async () => {
    const appDir = join(work, 'app');
    extractAll(archive, appDir);
    startBuiltMain({ installDir: appDir });
    const win = await shownWindow();
    control.savePath = join(work, 'briefing.pdf');
    const done = await control.invoke('pdf:export', { kind: 'handout', paper: 'a4' }, fromPage(win));
    expect(done).toMatchObject({ ok: true, value: { path: control.savePath } });
    expect(readFileSync(control.savePath).subarray(0, 5).toString()).toBe('%PDF-');
    app.quit();
    await until('the app to exit', () => control.exitCode !== undefined || undefined);
    expect(control.exitCode).toBe(0);
  });
});
