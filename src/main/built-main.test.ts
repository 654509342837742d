// Runs the BUILT main process, out/main/index.js (what `npm start` and the installers run), with `require('electron')`
// answered by the stand-in in src/main/testing/electron-stand-in.ts. The stand-in replaces Electron's runtime only:
// it behaves as Electron's documentation says (quit sequence, destroyed objects throw, Chromium's file URLs), and
// everything else here is the app's own built code. vitest's globalSetup builds out/ when it is stale.
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { channelNames, COMMAND_CHANNEL } from '../shared/ipc';
import * as electron from './testing/electron-stand-in';
import { fromPage, settle, shownWindow, startBuiltMain as startBuilt, until, type BuiltMainOptions } from './testing/run-built-main';

const { control, app, StandInBrowserWindow, restorePlatform } = electron;
const root = resolve(__dirname, '..', '..');
const example = join(root, 'examples', 'minimal-briefing.json');

afterAll(restorePlatform);

const startBuiltMain = (options: Partial<BuiltMainOptions> = {}): void => startBuilt({ installDir: root, ...options });
const mainWindow = shownWindow;

afterEach(async () => {
  // Quit whatever is still running and wait for the exit: the export warm-up stops, and a quit held for the settings
  // write cannot land in the next test's app.
  if (control.exitCode === undefined) app.quit();
  await until('the app to exit', () => control.exitCode !== undefined || undefined);
});

describe('the built main process under a stand-in electron', () => {
  it('starts, wires every channel, points at files that exist, locks the window down, then closes and quits cleanly', async () => {
    startBuiltMain();
    const win = await mainWindow();
    expect(control.errorBoxes).toEqual([]);
    // Single instance, About panel, product name.
    expect(control.lockRequests).toEqual([{ dataset: null }]);
    expect(control.aboutPanel).toMatchObject({ applicationName: 'Korea AI Briefing', applicationVersion: '0.1.0' });
    // Every contract channel is handled.
    expect([...control.handlers.keys()].sort()).toEqual([...channelNames].sort());
    // The preload and the page it loads exist in the build.
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(existsSync(String(prefs.preload))).toBe(true);
    expect(fileURLToPath(win.webContents.getURL())).toBe(join(root, 'out', 'renderer', 'index.html'));
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false
    });
    expect(win.options.show).toBe(false);
    // The page's meta policy leaves frame-ancestors to the header, which every response gets.
    const html = readFileSync(join(root, 'out', 'renderer', 'index.html'), 'utf8');
    const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
    expect(meta).toContain("default-src 'none'");
    expect(meta).not.toContain('frame-ancestors');
    let header: Record<string, string[]> = {};
    (control.headersHandler as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void)(
      { responseHeaders: {} },
      (r) => (header = r.responseHeaders)
    );
    expect(header['Content-Security-Policy'][0]).toContain("frame-ancestors 'none'");
    // The page can call, anything else cannot; only the page's own files load.
    expect(await control.invoke('briefing:get', undefined, fromPage(win))).toMatchObject({
      ok: true,
      value: { origin: { kind: 'default' } }
    });
    expect(
      await control.invoke('briefing:get', undefined, { sender: { id: 999 }, senderFrame: { url: 'https://x.example/' } })
    ).toMatchObject({
      ok: false
    });
    expect(control.allows(new URL('assets/x.js', win.webContents.getURL()).href)).toBe(true);
    expect(control.allows('https://example.com/')).toBe(false);
    // The menu has the edit roles.
    const edit = (control.applicationMenu!.template as { label?: string; submenu?: { role?: string }[] }[]).find(
      (m) => m.label === 'Edit'
    )!;
    expect(edit.submenu!.map((i) => i.role)).toEqual(expect.arrayContaining(['undo', 'cut', 'copy', 'paste']));
    // Quitting (⌘Q, File → Quit, a logout) works on the first request, with the bounds saved.
    win.bounds = { x: 5, y: 6, width: 1100, height: 750 };
    app.quit();
    await until('the app to exit', () => control.exitCode !== undefined || undefined);
    expect(control.exitCode).toBe(0);
    expect(control.cancelledQuits).toBe(0);
    const settings = JSON.parse(readFileSync(join(app.getPath('userData'), 'settings.json'), 'utf8'));
    expect(settings.window).toEqual({ x: 5, y: 6, width: 1100, height: 750, maximized: false });
    expect(control.errorBoxes).toEqual([]);
  });

  it('follows the system language until the reader picks one: Korean menu, then English after a switch', async () => {
    startBuiltMain({ systemLanguages: ['ko-KR', 'en-US'] });
    const win = await mainWindow();
    type Item = { label?: string; submenu?: Item[]; checked?: boolean };
    const labels = (): string[] => (control.applicationMenu!.template as Item[]).map((m) => m.label ?? '');
    expect(labels()).toEqual(expect.arrayContaining(['파일', '편집', '보기']));
    expect(await control.invoke('settings:get', undefined, fromPage(win))).toMatchObject({ ok: true, value: { systemLang: 'ko' } });
    // The page remembers the reader's choice; the menu follows it at once.
    await control.invoke('settings:update', { lang: 'en' }, fromPage(win));
    expect(labels()).toEqual(expect.arrayContaining(['File', 'Edit', 'View']));
    const view = (control.applicationMenu!.template as Item[]).find((m) => m.label === 'View')!;
    const language = view.submenu!.find((i) => i.label === 'Language')!;
    expect(language.submenu!.map((i) => [i.label, i.checked])).toEqual([
      ['English', true],
      ['한국어', false]
    ]);
  });

  it('runs installed under a path with a space, Hangul, "[ ]", "~", "%" and "#"', async () => {
    const installDir = join(mkdtempSync(join(tmpdir(), 'built-main-')), '한국 AI [x64] KOREAA~1 100%41 #2');
    for (const part of ['out', 'resources', 'package.json']) cpSync(join(root, part), join(installDir, part), { recursive: true });
    // Its production dependencies, as a package has them beside out/.
    symlinkSync(join(root, 'node_modules'), join(installDir, 'node_modules'), 'dir');
    startBuiltMain({ installDir });
    const win = await mainWindow(); // shown only once the page has loaded
    expect(fileURLToPath(win.webContents.getURL())).toBe(join(installDir, 'out', 'renderer', 'index.html'));
    expect(await control.invoke('briefing:get', undefined, fromPage(win))).toMatchObject({ ok: true });
    expect(control.allows(new URL('assets/index.js', win.webContents.getURL()).href)).toBe(true);
    expect(control.allows(new URL('../main/index.js', win.webContents.getURL()).href)).toBe(false);
    expect(control.errorBoxes).toEqual([]);
  });

  it('opens --dataset at start, and a second launch’s dataset in the running window, keeping it when the file is bad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'built-main-'));
    const first = join(dir, 'first.kbriefing');
    const second = join(dir, 'second.json');
    const bad = join(dir, 'bad.kbriefing');
    copyFileSync(example, first);
    writeFileSync(second, JSON.stringify({ ...JSON.parse(readFileSync(example, 'utf8')), title: 'Second Briefing' }));
    writeFileSync(bad, '{ "schemaVersion": 1, ');
    startBuiltMain({ argv: ['/opt/app/korea-ai-briefing', '--dataset', first] });
    const win = await mainWindow();
    expect(control.lockRequests).toEqual([{ dataset: first }]);
    expect(await control.invoke('briefing:get', undefined, fromPage(win))).toMatchObject({ value: { origin: { path: first } } });

    win.minimized = true;
    control.secondInstance(['/opt/app/korea-ai-briefing', '--dataset', 'second.json'], dir, { dataset: second });
    await until('the page to be told', () => win.webContents.sent.length > 0 || undefined);
    expect(win.isMinimized()).toBe(false);
    expect(win.focused).toBe(true);
    expect(win.webContents.sent).toEqual([{ channel: COMMAND_CHANNEL, args: ['briefing-changed'] }]);
    expect(win.getTitle()).toBe('Second Briefing');
    expect(await control.invoke('briefing:get', undefined, fromPage(win))).toMatchObject({ value: { origin: { path: second } } });

    control.secondInstance(['/opt/app/korea-ai-briefing', bad], dir, undefined);
    await until('the page to be told again', () => win.webContents.sent.length > 1 || undefined);
    const after = (await control.invoke('briefing:get', undefined, fromPage(win))) as {
      value: { origin: { path: string }; notice: string };
    };
    expect(after.value.origin.path).toBe(second);
    expect(after.value.notice).toMatch(
      /bad\.kbriefing is not a valid briefing \(1 problem\); the current briefing stays open\.\n\$: JSON syntax error/
    );
    expect(JSON.parse(readFileSync(join(app.getPath('userData'), 'settings.json'), 'utf8')).recent).toEqual([second]);
  });

  it('opens the file macOS hands over before the app is ready', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'built-main-'));
    const file = join(dir, 'from-finder.kbriefing');
    copyFileSync(example, file);
    startBuiltMain({ beforeReady: () => expect(control.openFile(file)).toBe(true) });
    const win = await mainWindow();
    expect(await control.invoke('briefing:get', undefined, fromPage(win))).toMatchObject({ value: { origin: { path: file } } });
  });

  it('a second instance hands over and quits without opening a window', async () => {
    startBuiltMain({ lockAvailable: false });
    await settle();
    expect(control.quitRequests).toBeGreaterThan(0);
    expect(control.exitCode).toBe(0);
    expect(StandInBrowserWindow.getAllWindows()).toEqual([]);
    expect(control.handlers.size).toBe(0);
  });

  it('a start-up error shows a native error box naming the log, and exits 1', async () => {
    const appPath = mkdtempSync(join(tmpdir(), 'built-main-broken-'));
    cpSync(join(root, 'resources'), join(appPath, 'resources'), { recursive: true });
    copyFileSync(join(root, 'package.json'), join(appPath, 'package.json'));
    writeFileSync(join(appPath, 'resources', 'briefing.json'), '{"schemaVersion": 1}');
    startBuiltMain({ appPath });
    await until('the error box', () => control.errorBoxes[0]);
    expect(control.errorBoxes[0].title).toBe('Korea AI Briefing could not start');
    expect(control.errorBoxes[0].content).toMatch(/^The embedded briefing is invalid:[\s\S]*\n\nThe details are in .+main\.log\.$/);
    expect(control.exitCode).toBe(1);
  });
});
