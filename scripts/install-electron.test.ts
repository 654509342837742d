// The install path of a fresh clone: `npm install` runs scripts/install-electron.mjs, which runs Electron's own
// installer. Electron's download host cannot be reached here, so a loopback HTTP server stands in for it
// (ELECTRON_MIRROR, with electron_use_remote_checksums=1 so the checksums come from the same server), serving a zip
// whose `electron` is a shell script. Everything else is the real installer: @electron/get downloads and checks the
// zip, the native unzip writes dist/, and path.txt is written, which electron-vite and the e2e harness read.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinary } from '../e2e/electron-binary';

const root = resolve(__dirname, '..');
const realElectron = join(root, 'node_modules', 'electron');
const { version } = JSON.parse(readFileSync(join(realElectron, 'package.json'), 'utf8')) as { version: string };
const STAND_IN = '#!/bin/sh\necho "stand-in electron $*"\n';

/** A zip with stored (uncompressed) entries: enough for the installer's unzip, no library needed for the test. */
function storedZip(files: Record<string, { data: string; mode: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, { data, mode }] of Object.entries(files)) {
    const body = Buffer.from(data);
    const nameBytes = Buffer.from(name);
    const crc = crc32(body);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(body.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the mode below counts
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(body.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(((0o100000 | mode) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const zipName = `electron-v${version}-linux-x64.zip`;
const zip = storedZip({ electron: { data: STAND_IN, mode: 0o755 }, version: { data: version, mode: 0o644 } });
const sums = `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`;

let server: Server;
let mirror: string;
const requested: string[] = [];
let serveZip = true;

beforeAll(async () => {
  server = createServer((req, res) => {
    requested.push(req.url ?? '');
    if (req.url === `/v${version}/${zipName}` && serveZip) res.writeHead(200).end(zip);
    else if (req.url === `/v${version}/SHASUMS256.txt`) res.writeHead(200).end(sums);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

/** A fresh project: package.json, this repo's script, and a copy of the electron package without any binary. */
function freshClone(): string {
  const dir = mkdtempSync(join(tmpdir(), 'install-electron-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fresh-clone', private: true }));
  cpSync(join(root, 'scripts', 'install-electron.mjs'), join(dir, 'scripts', 'install-electron.mjs'));
  const pkg = join(dir, 'node_modules', 'electron');
  mkdirSync(pkg, { recursive: true });
  for (const f of ['install.js', 'package.json', 'checksums.json']) cpSync(join(realElectron, f), join(pkg, f));
  // The installer's own dependencies (@electron/get, the unzip) resolve from the real node_modules.
  for (const scope of ['@electron', '@electron-internal'])
    symlinkSync(join(root, 'node_modules', scope), join(dir, 'node_modules', scope), 'dir');
  return dir;
}

function runInstall(cwd: string, env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; output: string }> {
  // Only what a shell would pass: none of vitest's or npm's variables, which could name another mirror or cache.
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir() };
  return new Promise((ok) => {
    const child = spawn(process.execPath, [join(cwd, 'scripts', 'install-electron.mjs'), ...args], { cwd, env: { ...base, ...env } });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c));
    child.stderr.on('data', (c: Buffer) => (output += c));
    child.on('close', (code) => ok({ code, output }));
  });
}

describe('scripts/install-electron.mjs (postinstall)', () => {
  it('runs on every install and before `npm start` and `npm run dev`', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.postinstall).toBe('node scripts/install-electron.mjs');
    expect(scripts.prestart).toBe('node scripts/install-electron.mjs --before-start');
    expect(scripts.predev).toBe('node scripts/install-electron.mjs --before-start');
  });

  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const clone = (): string => {
    const d = freshClone();
    dirs.push(d);
    return d;
  };
  const mirrorEnv = (dir: string): Record<string, string> => ({
    ELECTRON_MIRROR: mirror,
    electron_use_remote_checksums: '1',
    electron_config_cache: join(dir, 'cache'),
    ELECTRON_INSTALL_PLATFORM: 'linux',
    ELECTRON_INSTALL_ARCH: 'x64'
  });

  it('downloads the binary with Electron’s installer and writes path.txt, which the e2e harness then finds', async () => {
    const dir = clone();
    const pkg = join(dir, 'node_modules', 'electron');
    expect(electronBinary(pkg)).toBeNull();
    const { code, output } = await runInstall(dir, mirrorEnv(dir));
    expect(output).not.toMatch(/did not install/);
    expect(code).toBe(0);
    expect(requested).toContain(`/v${version}/${zipName}`);
    expect(readFileSync(join(pkg, 'path.txt'), 'utf8')).toBe('electron');
    expect(readFileSync(join(pkg, 'dist', 'electron'), 'utf8')).toBe(STAND_IN);
    expect(electronBinary(pkg)).toBe(join(pkg, 'dist', 'electron'));
    // Installed once, the next install (and every `npm start`) returns without a download.
    requested.length = 0;
    expect((await runInstall(dir, mirrorEnv(dir), ['--before-start'])).code).toBe(0);
    expect(requested).toEqual([]);
  });

  it('with ELECTRON_SKIP_BINARY_DOWNLOAD=1 succeeds without a request, and `npm start` then says why it cannot start', async () => {
    const dir = clone();
    requested.length = 0;
    const env = { ...mirrorEnv(dir), ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
    const install = await runInstall(dir, env);
    expect(install.code).toBe(0);
    expect(install.output).toMatch(/not downloaded \(ELECTRON_SKIP_BINARY_DOWNLOAD is set\)/);
    expect(requested).toEqual([]);
    expect(existsSync(join(dir, 'node_modules', 'electron', 'path.txt'))).toBe(false);
    const start = await runInstall(dir, env, ['--before-start']);
    expect(start.code).toBe(1);
    expect(start.output).toMatch(/Electron binary is not installed/);
  });

  it('does nothing, successfully, in a production-only install without the electron package', async () => {
    const dir = clone();
    rmSync(join(dir, 'node_modules', 'electron'), { recursive: true });
    requested.length = 0;
    const { code, output } = await runInstall(dir, mirrorEnv(dir));
    expect(code).toBe(0);
    expect(output).toMatch(/electron package is not installed/);
    expect(requested).toEqual([]);
  });

  it('fails the install with a message naming the way out when the download fails', async () => {
    const dir = clone();
    serveZip = false;
    try {
      const { code, output } = await runInstall(dir, mirrorEnv(dir));
      expect(code).toBe(1);
      expect(output).toMatch(/did not install the binary[\s\S]*ELECTRON_SKIP_BINARY_DOWNLOAD=1/);
      expect(electronBinary(join(dir, 'node_modules', 'electron'))).toBeNull();
    } finally {
      serveZip = true;
    }
  });
});
