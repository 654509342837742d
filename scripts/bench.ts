// npm run bench [-- --quick] [-- --export-only] [-- --search-only] [-- --pack-only] [-- --korean-only]: export against Chromium's printToPDF, start-up, tab switch, scale and weight.
// Prints a table of medians (min–max) and ratios, and writes bench-results/bench.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import { launchApp } from '../e2e/harness';
import { sectionTabs } from '../e2e/helpers';
import { buildSearchIndex, search } from '../src/shared/briefing/search';
import { validateBriefing } from '../src/shared/briefing/validate';
import type { Briefing } from '../src/shared/briefing/schema';
import { buildPdf } from '../src/main/pdf';
import { scaleBriefing } from './synthetic';
import { fullyTranslated } from '../src/main/pdf/testing/korean';

const root = join(__dirname, '..');
const quick = process.argv.includes('--quick');
// Only the export rows (pdfkit warm, cold, after the warm-up, and Chromium): for work on the PDF engine.
const exportOnly = process.argv.includes('--export-only');
// Only the search queries at each scale (no build, no app): for work on search.
const searchOnly = process.argv.includes('--search-only');
// English words, Korean ones (found in Korean and in English), a decomposed (NFD) one as some input methods send it,
// initial consonants, a Korean word typed on the English layout.
const SEARCH_QUERIES = ['semiconductor exports', 'memory', '반도체', '반도체'.normalize('NFD'), '인공지능 투자', 'ㅂㄷㅊ', 'qkseh'];
/** A query as the table shows it: a decomposed one would look the same as the composed one. */
const queryLabel = (q: string): string => (q === q.normalize('NFC') ? q : `${q.normalize('NFC')} (typed decomposed, NFD)`);
// Only the meeting-pack rows (handout warm, exports of 1, 2, 4 and all sections, and the composer's handout preview,
// which builds the renderer and runs it in Chromium): well under a minute.
const packOnly = process.argv.includes('--pack-only');
// Only the Korean edition against the English one (warm export time and file size): for work on Korean PDFs.
const koreanOnly = process.argv.includes('--korean-only');
const RUNS = quick ? 1 : 5;
const WARMUP = quick ? 0 : 2;
const fontDir = join(root, 'resources', 'fonts');
const datasetPath = join(root, 'resources', 'briefing.json');
const outDir = join(root, 'bench-results');

interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

function stat(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor((s.length - 1) / 2)], min: s[0], max: s[s.length - 1], runs: s.length };
}

function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

async function measure(fn: () => Promise<unknown> | unknown, runs = RUNS, warmup = WARMUP): Promise<Stat> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return stat(samples);
}

/** Waits for a performance mark in the page and returns its time from navigation start. */
async function waitForMark(page: Page, name: string): Promise<number> {
  // No named inner functions here: this runs in the page, where tsx's __name helper does not exist.
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 30_000 });
  return page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, name);
}

/** Each of SEARCH_QUERIES on one index (after it is built and its first query made), and the slowest of them. */
async function measureSearch(b: Briefing): Promise<{ slowest: Stat; perQuery: Record<string, Stat> }> {
  const index = buildSearchIndex(b);
  search(b, index, 'x');
  const perQuery: Record<string, Stat> = {};
  for (const q of SEARCH_QUERIES) perQuery[queryLabel(q)] = await measure(() => search(b, index, q), quick ? 1 : 20, quick ? 0 : 3);
  const slowest = Object.values(perQuery).reduce((a, c) => (c.median > a.median ? c : a));
  return { slowest, perQuery };
}

const fmt = (s: Stat, unit = 'ms'): string => `${s.median.toFixed(1)} ${unit} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  console.log(
    `Benchmark${quick ? ' (quick: one run each, timings not meaningful)' : ''} on ${cpus().length} cores, ${new Date().toISOString()}`
  );
  if (searchOnly) return benchSearch();
  const base = JSON.parse(readFileSync(datasetPath, 'utf8')) as Briefing;
  const results: Record<string, unknown> = { date: new Date().toISOString(), cores: cpus().length, quick };
  const rows: [string, string][] = [];
  if (koreanOnly) {
    results.korean = await koreanRows(base, rows);
    return report(rows, results, 'bench-korean.json');
  }
  execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore' });
  results.pack = await packRows(base, rows);
  results.preview = await previewRows(rows);
  if (packOnly) return report(rows, results, 'bench-pack.json');
  results.korean = await koreanRows(base, rows);

  // 1. Export: pdfkit warm, pdfkit cold (fresh Node process), Chromium page.pdf() of every section's screen.
  let pdfBytes = 0;
  // Cheap enough to run more often than the rest: a steadier median on a machine whose speed drifts.
  const warm = await measure(
    async () => {
      pdfBytes = (await buildPdf(base, { kind: 'briefing', paper: 'a4' }, { fontDir })).length;
    },
    quick ? 1 : 15,
    quick ? 0 : 3
  );
  // Cold: compiled JavaScript in a new Node process, as a packaged app's main process runs it (not through
  // tsx). Bundled into out/ so that the CLI finds resources/ where it expects them (two folders up).
  const child = join(root, 'out', 'bench', 'export-child.cjs');
  await build({
    entryPoints: [join(__dirname, 'bench-export-child.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['pdfkit', 'fontkit'],
    // cli.ts runs its own main() when it is the entry script; in this bundle the child is.
    define: { 'require.main': 'null' },
    logLevel: 'warning'
  });
  const coldSamples: number[] = [];
  let coldRss = 0;
  for (let i = 0; i < RUNS; i++) {
    const out = join(tmpdir(), `bench-cold-${i}.pdf`);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [child, out], {
      cwd: root,
      encoding: 'utf8'
    });
    coldSamples.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`cold export failed: ${r.stderr}`);
    coldRss = Math.max(coldRss, Number(/maxRss=(\d+)/.exec(r.stdout)?.[1] ?? 0));
  }
  const cold = stat(coldSamples);
  // The app's first export of a session: in a new process after the start-up warm-up (pdf/warm-up.ts), timed alone.
  const firstSamples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, [child, join(tmpdir(), `bench-first-${i}.pdf`), '--after-warm-up'], {
      cwd: root,
      encoding: 'utf8'
    });
    if (r.status !== 0) throw new Error(`export after the warm-up failed: ${r.stderr}`);
    firstSamples.push(Number(/exportMs=([\d.]+)/.exec(r.stdout)?.[1] ?? NaN));
  }
  const firstAfterWarmUp = stat(firstSamples);

  const app = await launchApp();
  let chromiumBytes = 0;
  let chromium: Stat;
  try {
    // The app prints its exported PDF now (main/print.ts), so Chromium's own rendering of the briefing is what the
    // screen shows: every section's tab, opened in turn with its charts drawn, through page.pdf().
    await app.page.emulateMedia({ media: 'print' });
    const tabs = app.page.getByRole('tablist', { name: 'Briefing sections' }).getByRole('tab');
    const sectionCount = base.sections.length;
    chromium = await measure(async () => {
      chromiumBytes = 0;
      for (let i = 0; i < sectionCount; i++) {
        await tabs.nth(i).click();
        const figures = base.sections[i].figures.length;
        await app.page.waitForFunction(
          (n) => document.querySelectorAll('#content [role="tabpanel"] canvas[data-drawn="true"]').length >= n,
          figures
        );
        // Same content as pdfkit's: the app's own typeface, not a fallback still standing in while it loads.
        await app.page.evaluate(async () => {
          await document.fonts.ready;
        });
        chromiumBytes += (await app.page.pdf({ format: 'A4', printBackground: true })).length;
      }
    });
  } finally {
    await app.close();
  }
  results.export = {
    pdfkitWarm: warm,
    pdfkitCold: cold,
    pdfkitFirstAfterWarmUp: firstAfterWarmUp,
    chromium,
    pdfkitBytes: pdfBytes,
    chromiumBytes,
    coldPeakRssKb: coldRss
  };
  rows.push(['Export, pdfkit warm (A4 briefing)', fmt(warm)]);
  rows.push(['Export, pdfkit cold (new Node process, fonts loaded)', fmt(cold)]);
  rows.push(['Export, pdfkit, first in a session after the start-up warm-up', fmt(firstAfterWarmUp)]);
  rows.push(['Export, Chromium page.pdf() of every section’s screen', fmt(chromium)]);
  rows.push([
    'Speed-up: Chromium ÷ pdfkit warm / cold',
    `${(chromium.median / warm.median).toFixed(1)}× / ${(chromium.median / cold.median).toFixed(1)}×`
  ]);
  rows.push(['File size: pdfkit / Chromium', `${kb(pdfBytes)} / ${kb(chromiumBytes)} (${((pdfBytes / chromiumBytes) * 100).toFixed(0)}%)`]);
  rows.push(['Peak RSS of a headless export', kb(coldRss * 1024)]);
  if (exportOnly) return report(rows, results, 'bench-export.json');

  // 2 and 3. Start-up and tab switch in Chromium with the production build. The app builds the tab after the open
  // one ahead, in idle time. A third of the launches click through the tabs in order, as a reader does; a third click
  // every other tab, which lands mostly on tabs not built ahead. Each of those clicks (element.click(), no pointer) is
  // also counted by whether its tab was mounted (built ahead) when clicked. The last third also click every other
  // tab, but as a mouse user does: the pointer rests on the tab for POINTER_REST_MS (the app builds a tab the pointer
  // rests on), then a real click, timed from the click event's own time stamp, so a click that waits behind that
  // build counts the wait.
  const POINTER_REST_MS = 150;
  const startSamples: number[] = [];
  const inOrder: number[] = [];
  const ahead: number[] = [];
  const onClick: number[] = [];
  const afterRest: number[] = [];
  const sections = base.sections;
  const orders = {
    inOrder: sections.slice(1),
    strided: [...sections.filter((_, i) => i % 2 === 0).slice(1), ...sections.filter((_, i) => i % 2 === 1)]
  };
  const modes = ['inOrder', 'strided', 'pointer'] as const;
  for (let i = 0; i < modes.length * Math.max(1, Math.ceil(RUNS / 2)); i++) {
    const mode = modes[i % modes.length];
    const order = mode === 'inOrder' ? 'inOrder' : 'strided';
    const a = await launchApp();
    try {
      const t = await waitForMark(a.page, `section-drawn:${sections[0].id}`);
      startSamples.push(t);
      const tabs = sectionTabs(a.page);
      for (const s of orders[order]) {
        const tab = tabs.getByText(s.shortTitle ?? s.title, { exact: true });
        const name = `section-drawn:${s.id}`;
        if (mode === 'pointer') {
          const box = (await tab.boundingBox())!;
          await a.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
          await a.page.waitForTimeout(POINTER_REST_MS);
          await a.page.evaluate((n) => {
            performance.clearMarks(n);
            const w = window as unknown as { clickAt: number };
            document.addEventListener('click', (e) => (w.clickAt = e.timeStamp), { capture: true, once: true });
          }, name);
          await a.page.mouse.down();
          await a.page.mouse.up();
          const drawnAt = await waitForMark(a.page, name);
          afterRest.push(drawnAt - (await a.page.evaluate(() => (window as unknown as { clickAt: number }).clickAt)));
          continue;
        }
        const [t0, mounted] = await tab.evaluate(
          (el, [n, id]) => {
            performance.clearMarks(n);
            const built = document.querySelector(`main > .panel[data-tab="${id}"]`) !== null;
            const start = performance.now();
            (el as HTMLElement).click();
            return [start, built] as const;
          },
          [name, s.id] as const
        );
        const ms = (await waitForMark(a.page, name)) - t0;
        if (order === 'inOrder') inOrder.push(ms);
        (mounted ? ahead : onClick).push(ms);
      }
    } finally {
      await a.close();
    }
  }
  const mainLoad = await measure(() => validateBriefing(JSON.parse(readFileSync(datasetPath, 'utf8'))));
  const start = stat(startSamples);
  const p50p95 = (x: number[]): string =>
    x.length ? `${percentile(x, 50).toFixed(1)} / ${percentile(x, 95).toFixed(1)} ms (${x.length} clicks)` : 'no clicks';
  results.startup = {
    firstSectionDrawn: start,
    mainLoadAndValidate: mainLoad,
    tabSwitchP50: percentile(inOrder, 50),
    tabSwitchP95: percentile(inOrder, 95),
    tabSwitchBuiltAhead: ahead,
    tabSwitchBuiltOnClick: onClick,
    tabSwitchAfterPointerRest: afterRest
  };
  rows.push(['Start-up: navigation → first section with its charts drawn', fmt(start)]);
  rows.push(['Main: read + parse + validate the default dataset', fmt(mainLoad)]);
  rows.push(['Tab switch → all charts drawn, tabs in order, p50 / p95', p50p95(inOrder)]);
  rows.push(['  all clicks, to a tab built ahead', p50p95(ahead)]);
  rows.push(['  all clicks, to a tab built on the click', p50p95(onClick)]);
  rows.push([`  every other tab, pointer resting ${POINTER_REST_MS} ms first, real click`, p50p95(afterRest)]);

  // 4. Scale: 1×, 10×, 100× the sections and figures.
  const scale: Record<string, unknown> = {};
  const one: Record<string, number> = {};
  for (const factor of [1, 10, 100]) {
    const b = scaleBriefing(base, factor);
    const json = JSON.stringify(b);
    const validation = await measure(() => validateBriefing(JSON.parse(json)), quick ? 1 : 3, quick ? 0 : 1);
    let bytes = 0;
    const exp = await measure(
      async () => {
        bytes = (await buildPdf(b, { kind: 'briefing', paper: 'a4' }, { fontDir })).length;
      },
      quick || factor === 100 ? 1 : 3,
      quick || factor === 100 ? 0 : 1
    );
    const { slowest: query } = await measureSearch(b);
    const file = join(tmpdir(), `bench-x${factor}.json`);
    writeFileSync(file, json);
    const a = await launchApp({ dataset: file });
    let firstRender: number;
    try {
      firstRender = await waitForMark(a.page, `section-drawn:${b.sections[0].id}`);
    } finally {
      await a.close();
    }
    const at = { validation: validation.median, export: exp.median, bytes, search: query.median, firstRender };
    if (factor === 1) Object.assign(one, at);
    const growth = Object.fromEntries(Object.entries(at).map(([k, v]) => [k, v / one[k]]));
    scale[`x${factor}`] = { validation, export: exp, bytes, searchQuery: query, firstRender, growth };
    rows.push([
      `Scale ×${factor}: validate / export / size / slowest search / first render`,
      `${validation.median.toFixed(1)} ms / ${exp.median.toFixed(0)} ms / ${kb(bytes)} / ${query.median.toFixed(2)} ms / ${firstRender.toFixed(0)} ms`
    ]);
    if (factor > 1)
      rows.push([
        `  growth ×${factor} vs ×1: validate / export / size / search / first render`,
        [growth.validation, growth.export, growth.bytes, growth.search, growth.firstRender].map((g) => `${g.toFixed(1)}×`).join(' / ')
      ]);
  }
  results.scale = scale;

  // 5. Weight of the renderer.
  const assets = join(root, 'out', 'renderer', 'assets');
  // pdf.js (the handout preview) is loaded only when a preview is first drawn: weighed apart from what the app starts with.
  const onDemand = (f: string): boolean => /^pdf(\.worker)?-/.test(f);
  const weigh = (ext: string, which = (f: string) => !onDemand(f)) =>
    readdirSync(assets)
      .filter((f) => f.endsWith(ext) && which(f))
      .reduce(
        (acc, f) => {
          const data = readFileSync(join(assets, f));
          return { raw: acc.raw + statSync(join(assets, f)).size, gzip: acc.gzip + gzipSync(data).length };
        },
        { raw: 0, gzip: 0 }
      );
  const js = weigh('.js');
  const css = weigh('.css');
  const preview = weigh('.js', onDemand);
  results.weight = { js, css, preview };
  rows.push(['Renderer JavaScript, raw / gzip', `${kb(js.raw)} / ${kb(js.gzip)}`]);
  rows.push(['  + pdf.js for the handout preview, loaded on first use, raw / gzip', `${kb(preview.raw)} / ${kb(preview.gzip)}`]);
  rows.push(['Renderer CSS, raw / gzip', `${kb(css.raw)} / ${kb(css.gzip)}`]);

  report(rows, results, 'bench.json');
}

/** The search row alone: every query at ×1, ×10 and ×100. */
async function benchSearch(): Promise<void> {
  const base = JSON.parse(readFileSync(datasetPath, 'utf8')) as Briefing;
  const rows: [string, string][] = [];
  const results: Record<string, unknown> = { date: new Date().toISOString(), cores: cpus().length, quick };
  for (const factor of [1, 10, 100]) {
    const b = scaleBriefing(base, factor);
    const t0 = performance.now();
    buildSearchIndex(b);
    const indexMs = performance.now() - t0;
    const { slowest, perQuery } = await measureSearch(b);
    results[`x${factor}`] = { indexMs, slowest, perQuery };
    rows.push([`Search ×${factor}: build the index`, `${indexMs.toFixed(1)} ms`]);
    for (const [q, st] of Object.entries(perQuery)) rows.push([`  query "${q}"`, fmt(st)]);
  }
  report(rows, results, 'bench-search.json');
}

/**
 * The meeting pack: the handout's choosing, fitting, layout and writing, warm (target < 300 ms for the default
 * briefing), and a PDF of 1, 2, 4 and all sections, whose cost should follow the selection's size.
 */
async function packRows(base: Briefing, rows: [string, string][]): Promise<Record<string, Stat>> {
  const out: Record<string, Stat> = {};
  const times = quick ? 1 : 10;
  const warmup = quick ? 0 : 2;
  out.handout = await measure(() => buildPdf(base, { kind: 'handout', paper: 'a4' }, { fontDir }), times, warmup);
  rows.push(['Handout, warm: choose + fit + lay out + write (A4, default briefing)', fmt(out.handout)]);
  const ids = base.sections.map((s) => s.id);
  for (const n of [1, 2, 4, ids.length]) {
    const sections = ids.slice(0, n);
    out[`sections${n}`] = await measure(() => buildPdf(base, { kind: 'briefing', paper: 'a4', sections }, { fontDir }), times, warmup);
    rows.push([`Export of ${n} of ${ids.length} sections, warm (A4)`, fmt(out[`sections${n}`])]);
  }
  return out;
}

/**
 * The composer's handout preview in the app (Chromium shell): from a change (the title typed) to the new thumbnail
 * on screen — the settle time, main building the PDF, the trip over IPC, pdf.js reading and drawing the page — as
 * the component measures it (performance entries "handout-preview"). Target: under 300 ms warm.
 */
async function previewRows(rows: [string, string][]): Promise<Record<string, Stat>> {
  const app = await launchApp({ viewport: { width: 1280, height: 800 } });
  const { page } = app;
  const count = (): Promise<number> => page.evaluate(() => performance.getEntriesByName('handout-preview').length);
  const durations = (): Promise<number[]> => page.evaluate(() => performance.getEntriesByName('handout-preview').map((e) => e.duration));
  try {
    await page.getByRole('button', { name: 'Export…' }).click();
    const panel = page.getByRole('dialog', { name: 'Export PDF' });
    await panel.getByLabel('One-page handout').check();
    await page.waitForFunction(() => performance.getEntriesByName('handout-preview').length > 0, null, { timeout: 60_000 });
    const runs = quick ? 2 : 12;
    for (let i = 0; i < runs; i++) {
      const before = await count();
      await panel.getByLabel('Title').fill(`Meeting ${i + 1}`);
      await page.waitForFunction((n) => performance.getEntriesByName('handout-preview').length > n, before, { timeout: 30_000 });
    }
    const all = await durations();
    const out = { first: stat(all.slice(0, 1)), warm: stat(all.slice(quick ? 1 : 3)) };
    rows.push(['Preview: first handout thumbnail of a session (loads pdf.js)', fmt(out.first)]);
    rows.push(['Preview: build + render the handout thumbnail, warm (change → on screen, default briefing)', fmt(out.warm)]);
    return out;
  } finally {
    await app.close();
  }
}

/**
 * The Korean briefing against the English one, warm, in one run (goal: at most 1.5× the time and 2× the size): the
 * dataset as it is (Korean where translated, English elsewhere) and with every string translated (a pseudo-Korean
 * stand-in of the same length class, testing/korean.ts), which is what a fully translated dataset will cost.
 */
async function koreanRows(base: Briefing, rows: [string, string][]): Promise<Record<string, unknown>> {
  const full = fullyTranslated(validated(base));
  const times = quick ? 1 : 7;
  const warmup = quick ? 0 : 2;
  const kinds = {
    english: () => buildPdf(base, { kind: 'briefing', paper: 'a4' }, { fontDir }),
    korean: () => buildPdf(base, { kind: 'briefing', paper: 'a4', lang: 'ko' }, { fontDir }),
    koreanFull: () => buildPdf(full, { kind: 'briefing', paper: 'a4', lang: 'ko' }, { fontDir })
  };
  const out: Record<string, unknown> = {};
  const time: Record<string, Stat> = {};
  const size: Record<string, number> = {};
  for (const [name, build] of Object.entries(kinds)) {
    time[name] = await measure(build, times, warmup);
    size[name] = (await build()).length;
  }
  const label = { english: 'English', korean: 'Korean (dataset as it is)', koreanFull: 'Korean (every string translated)' };
  for (const name of Object.keys(kinds) as (keyof typeof kinds)[]) {
    const ratio =
      name === 'english'
        ? ''
        : `  (${(time[name].median / time.english.median).toFixed(2)}× the time, ${(size[name] / size.english).toFixed(2)}× the size)`;
    rows.push([`Briefing export, warm, ${label[name]}`, `${fmt(time[name])}, ${(size[name] / 1024).toFixed(0)} KB${ratio}`]);
  }
  out.time = time;
  out.size = size;
  return out;
}

/** The dataset as the app reads it (validated, version 1 migrated), for the helpers that walk a validated briefing. */
function validated(raw: Briefing): Briefing {
  const result = validateBriefing(raw);
  if (!result.ok) throw new Error('the default dataset does not validate');
  return result.briefing;
}

/** Prints the table and writes the numbers to bench-results/<name>. */
function report(rows: [string, string][], results: Record<string, unknown>, name: string): void {
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
  writeFileSync(join(outDir, name), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${join(outDir, name)}. Absolute times vary by machine.`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
