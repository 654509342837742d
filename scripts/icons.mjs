#!/usr/bin/env node
// Writes the app's icons from build/icon.svg, the one source: build/icon.png (1024 px, which electron-builder also
// reads), build/icons/<N>x<N>.png for Linux, build/icon.icns for macOS and build/icon.ico for Windows. The output is
// not committed; `npm run dist` and `npm run dist:dir` run this first. Pass another folder to write elsewhere.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import png2icons from 'png2icons';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(root, 'build', 'icon.svg'));
const outDir = resolve(process.argv[2] ?? join(root, 'build'));
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const render = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

mkdirSync(join(outDir, 'icons'), { recursive: true });
const master = render(1024);
writeFileSync(join(outDir, 'icon.png'), master);
for (const size of LINUX_SIZES) writeFileSync(join(outDir, 'icons', `${size}x${size}.png`), size === 1024 ? master : render(size));
// png2icons scales the 1024 px master down for each size the formats hold (Bicubic; no colour reduction).
const icns = png2icons.createICNS(master, png2icons.BICUBIC, 0);
const ico = png2icons.createICO(master, png2icons.BICUBIC, 0, false, true);
if (!icns || !ico) throw new Error('png2icons could not make the ICNS or ICO file from build/icon.png');
writeFileSync(join(outDir, 'icon.icns'), icns);
writeFileSync(join(outDir, 'icon.ico'), ico);
console.log(`Icons written to ${outDir}: icon.png, icons/ (${LINUX_SIZES.length} sizes), icon.icns, icon.ico`);
