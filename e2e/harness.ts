import { chromium, _electron, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../src/shared/csp';
import { COMMAND_CHANNEL, dispatch, type Command } from '../src/shared/ipc';
import { createAppCore } from '../src/main/app-core';
import type { Dialogs } from '../src/main/services/services';
import { electronBinary } from './electron-binary';
export { electronBinary };
import { decodeArg } from './ipc-codec';

const root = resolve(__dirname, '..');
const rendererDir = join(root, 'out', 'renderer');
export const resourcesDir = join(root, 'resources');

export interface LaunchOptions {
  /** A dataset file, as with `--dataset`. */
  dataset?: string;
  viewport?: { width: number; height: number };
  /** Where settings are kept; give the same path to two launches to test what survives a relaunch. */
  settingsPath?: string;
  colorScheme?: 'light' | 'dark';
}

export interface DesktopCall {
  action: 'show' | 'open' | 'link' | 'copy';
  path: string;
}

/** Stands in for the OS dialogs: the test says which file "the user picks" (null: the user cancels). */
export interface DialogAnswers {
  openPath: string | null;
  savePath: string | null;
}

export interface LaunchedApp {
  page: Page;
  /** Where the page comes from: a loopback server in the Chromium shell, file:// in Electron. */
  origin: string;
  shell: 'electron' | 'chromium';
  /** A temporary folder for this run, removed on close. */
  tmpDir: string;
  /** Sets what the next open/save dialogs answer. */
  answerDialogs(answers: Partial<DialogAnswers>): Promise<void>;
  /** Every URL the page requested. */
  requests: string[];
  /** What the app asked of the desktop: files shown or opened, links opened, text copied. */
  revealed(): Promise<DesktopCall[]>;
  /** Every PDF sent to the printer, with the paper asked for (the print dialog is stood in for: it prints). */
  printed(): Promise<{ pdf: Buffer; paper: string }[]>;
  /** Sends a menu command, as the application menu would. */
  command(command: Command): Promise<void>;
  /** Hands the running app a dataset, as a second launch with `--dataset` (or the OS opening a file) does. */
  handOver(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Debian's Chromium, or CHROMIUM_PATH. */
export function chromiumBinary(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json'
};

let bridgeScript: Promise<string> | undefined;
function bridgePreload(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [join(__dirname, 'bridge-preload.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2022'
  }).then((r) => r.outputFiles[0].text);
  return bridgeScript;
}

/** Where the bridge posts calls: `${IPC_PATH}<channel>`. Not the renderer's own request, so not in `requests`. */
const IPC_PATH = '/__ipc/';

type Invoke = (channel: string, arg: unknown) => Promise<unknown>;

/**
 * Serves the production renderer on a loopback port, with the same CSP header Electron's session adds, and answers the
 * bridge's calls: POST `${IPC_PATH}<channel>` from the app's own origin with this launch's token (only the bridge, in
 * the page's top frame, has it).
 */
async function serveRenderer(token: string, invoke: Invoke): Promise<{ origin: string; close: () => Promise<void> }> {
  let origin = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith(IPC_PATH)) {
      answerCall(req, res, path.slice(IPC_PATH.length), req.headers.origin === origin && req.headers['x-bridge-token'] === token, invoke);
      return;
    }
    const rel = path === '/' ? 'index.html' : decodeURIComponent(path.slice(1));
    const file = normalize(join(rendererDir, rel));
    if (!file.startsWith(rendererDir + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY
        });
        res.end(body);
      },
      () => res.writeHead(404).end('not found')
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return { origin, close: () => new Promise((ok) => server.close(() => ok())) };
}

function answerCall(req: IncomingMessage, res: ServerResponse, channel: string, trusted: boolean, invoke: Invoke): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const reply = (result: unknown): void => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    };
    if (req.method !== 'POST' || !trusted) return reply({ ok: false, error: 'Refused: the caller is not the app page.' });
    let name: string;
    let arg: unknown;
    try {
      name = decodeURIComponent(channel);
      arg = decodeArg(Buffer.concat(chunks).toString('utf8'));
    } catch (err) {
      return reply({ ok: false, error: `The bridge could not read the call: ${String(err)}` });
    }
    invoke(name, arg).then(reply, (err: unknown) => reply({ ok: false, error: String(err) }));
  });
}

async function launchChromium(executablePath: string, options: LaunchOptions, tmpDir: string): Promise<LaunchedApp> {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`No renderer build at ${rendererDir}: run "npm run build" first.`);
  const answers: DialogAnswers = { openPath: null, savePath: null };
  const fakeDialogs: Dialogs = {
    chooseDatasetToOpen: async () => answers.openPath,
    chooseFileToOpen: async () => answers.openPath,
    chooseSavePath: async () => answers.savePath
  };
  const revealed: DesktopCall[] = [];
  const printed: { pdf: Buffer; paper: string }[] = [];
  // The app's own composition root; only the OS dialogs, the desktop and the printer are stood in for.
  const core = await createAppCore({
    resourcesDir,
    settingsPath: options.settingsPath ?? join(tmpDir, 'settings.json'),
    datasetPath: options.dataset,
    dialogs: fakeDialogs,
    desktop: {
      showInFolder: (path) => void revealed.push({ action: 'show', path }),
      openPath: async (path) => (revealed.push({ action: 'open', path }), ''),
      openExternal: async (path) => void revealed.push({ action: 'link', path }),
      copyText: (path) => void revealed.push({ action: 'copy', path })
    },
    // What main/print.ts hands Chromium's print dialog: the pack's PDF, and the paper.
    printer: {
      print: async (pdf, job) => (printed.push({ pdf, paper: job.paper }), { ok: true, value: null })
    }
  });

  // Calls travel over the loopback server, not a Playwright binding: a binding carries the whole briefing through the
  // DevTools protocol and the test process, which took 50–250 ms per call, where Electron's IPC takes a few.
  const token = randomUUID();
  const server = await serveRenderer(token, (channel, arg) => dispatch(core.services, channel, arg));
  const browser: Browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Every host but the app's own loopback server fails to resolve: the page cannot reach out even by mistake.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
    ]
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light'
  });
  const requests: string[] = [];
  context.on('request', (req) => {
    if (!req.url().startsWith(server.origin + IPC_PATH)) requests.push(req.url());
  });
  // The token lives in the bridge's closure: the page's own scripts cannot read it.
  await context.addInitScript({ content: `(() => { const BRIDGE_TOKEN = ${JSON.stringify(token)};\n${await bridgePreload()}\n})();` });
  const page = await context.newPage();
  await page.goto(`${server.origin}/index.html`);
  return {
    page,
    origin: server.origin,
    shell: 'chromium',
    tmpDir,
    answerDialogs: async (next) => void Object.assign(answers, next),
    requests,
    revealed: async () => [...revealed],
    printed: async () => [...printed],
    command: (command) => page.evaluate(([ch, c]) => window.__briefingEmit(ch, c), [COMMAND_CHANNEL, command] as const),
    // What main/index.ts does with a second launch's dataset: the app core's open path, then the page is told.
    handOver: async (path) => {
      await core.openFromOutside(path);
      await page.evaluate(([ch, c]) => window.__briefingEmit(ch, c), [COMMAND_CHANNEL, 'briefing-changed'] as const);
    },
    close: async () => {
      await context.close();
      await browser.close();
      await server.close();
      await rm(tmpDir, { recursive: true, force: true });
    }
  };
}

async function launchElectron(executablePath: string, options: LaunchOptions, tmpDir: string): Promise<LaunchedApp> {
  const app: ElectronApplication = await _electron.launch({
    // The binary Electron's installer put in place (electronBinary), not Playwright's own require('electron').
    executablePath,
    args: [
      root,
      ...(options.dataset ? ['--dataset', options.dataset] : []),
      `--user-data-dir=${options.settingsPath ? join(options.settingsPath, '..') : join(tmpDir, 'user-data')}`
    ],
    cwd: root,
    colorScheme: options.colorScheme ?? 'light'
  });
  // Record desktop calls instead of opening folders, browsers or the clipboard on the test machine.
  await app.evaluate(({ shell, clipboard }) => {
    const g = globalThis as unknown as { __revealed: { action: string; path: string }[] };
    g.__revealed = [];
    shell.showItemInFolder = (path: string) => void g.__revealed.push({ action: 'show', path });
    shell.openPath = async (path: string) => (g.__revealed.push({ action: 'open', path }), '');
    shell.openExternal = async (path: string) => {
      g.__revealed.push({ action: 'link', path });
    };
    clipboard.writeText = ((path: string) => void g.__revealed.push({ action: 'copy', path })) as never;
  });
  // Stand in for the system print dialog: every web contents' print() records the PDF shown and reports it printed.
  await app.evaluate(({ webContents }) => {
    const g = globalThis as unknown as { __printed: { pdf: string; paper: string }[] };
    g.__printed = [];
    const proto = Object.getPrototypeOf(webContents.getAllWebContents()[0]) as Electron.WebContents;
    proto.print = function (this: Electron.WebContents, options, callback) {
      const { readFileSync } = process.getBuiltinModule('node:fs');
      const { fileURLToPath } = process.getBuiltinModule('node:url');
      const pdf = readFileSync(fileURLToPath(this.getURL())).toString('base64');
      g.__printed.push({ pdf, paper: options?.pageSize === 'Letter' ? 'letter' : 'a4' });
      callback?.(true, '');
    };
  });
  const page = await app.firstWindow();
  const requests: string[] = [];
  page.on('request', (req) => requests.push(req.url()));
  if (options.viewport) await page.setViewportSize(options.viewport);
  return {
    page,
    origin: 'file://',
    shell: 'electron',
    tmpDir,
    // Native dialogs cannot be clicked: replace them in the main process with the test's answers.
    answerDialogs: (next) =>
      app.evaluate(({ dialog }, a) => {
        if (a.openPath !== undefined)
          dialog.showOpenDialog = (async () => ({ canceled: a.openPath === null, filePaths: a.openPath ? [a.openPath] : [] })) as never;
        if (a.savePath !== undefined)
          dialog.showSaveDialog = (async () => ({ canceled: a.savePath === null, filePath: a.savePath ?? '' })) as never;
      }, next),
    requests,
    revealed: async () => {
      return app.evaluate(() => (globalThis as unknown as { __revealed?: DesktopCall[] }).__revealed ?? []);
    },
    // The document each print showed (the PDF file its hidden window loaded), read when print() was called.
    printed: async () => {
      const jobs = await app.evaluate(() => (globalThis as unknown as { __printed?: { pdf: string; paper: string }[] }).__printed ?? []);
      return jobs.map((j) => ({ pdf: Buffer.from(j.pdf, 'base64'), paper: j.paper }));
    },
    command: (command) =>
      app.evaluate(({ BrowserWindow }, [ch, c]) => BrowserWindow.getAllWindows()[0]?.webContents.send(ch, c), [
        COMMAND_CHANNEL,
        command
      ] as const),
    // Electron's own event, as a second launch raises it in the running instance.
    handOver: (path) =>
      app.evaluate(({ app: electronApp }, p) => {
        electronApp.emit('second-instance', { preventDefault: () => undefined }, [process.execPath, '--dataset', p], process.cwd(), {
          dataset: p
        });
      }, path),
    close: async () => {
      await app.close();
      await rm(tmpDir, { recursive: true, force: true });
    }
  };
}

/** Starts the app: real Electron when its binary exists, else Debian Chromium with the IPC bridge. Resolves once a briefing (or the load error) is on screen. */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const tmpDir = await mkdtemp(join(tmpdir(), 'briefing-e2e-'));
  const electron = process.env.BRIEFING_SHELL === 'chromium' ? null : electronBinary();
  const chromiumPath = electron ? null : chromiumBinary();
  if (electron || chromiumPath) {
    const app = electron ? await launchElectron(electron, options, tmpDir) : await launchChromium(chromiumPath!, options, tmpDir);
    // Both the briefing and the "could not be loaded" state have a level-1 heading; before it, keys go nowhere.
    await app.page.getByRole('heading', { level: 1 }).waitFor();
    return app;
  }
  await rm(tmpDir, { recursive: true, force: true });
  throw new Error(
    'No shell to run the app in: the Electron binary is not installed (node_modules/electron/dist) and no Chromium was found. ' +
      'Install Debian\'s Chromium with "apt-get install -y chromium" or set CHROMIUM_PATH to a Chromium binary.'
  );
}
