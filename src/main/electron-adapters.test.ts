// The Electron adapters under a stand-in `electron` module (src/main/testing/electron-stand-in.ts), as Electron
// Fiddle tests its main process: the stand-in does what Electron's documentation says, so each test here fails
// when the adapter relies on something Electron does not do.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames, COMMAND_CHANNEL, type Services } from '../shared/ipc';
import { appUrlMatcher, rendererUrl } from './app-url';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { claimSingleInstance, holdQuitFor, reportStartupError } from './lifecycle';
import { buildMenu } from './menu';
import { hardenApp } from './security';
import { SettingsStore } from './services/settings-store';
import { app, control, ipcMain, restorePlatform, StandInBrowserWindow } from './testing/electron-stand-in';
import { settle, until } from './testing/run-built-main';
import { createMainWindow } from './window';

vi.mock('electron', async () => await import('./testing/electron-stand-in'));

afterAll(restorePlatform);

function rendererAt(name: string): { dir: string; index: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'adapters-')), name, 'out', 'renderer');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  return { dir, index: join(dir, 'index.html') };
}

async function settingsAt(dir: string, content?: object): Promise<SettingsStore> {
  const path = join(dir, 'settings.json');
  if (content) writeFileSync(path, JSON.stringify(content));
  const settings = new SettingsStore(path);
  await settings.load();
  return settings;
}

interface Opened {
  win: StandInBrowserWindow;
  trusted: Set<number>;
  settings: SettingsStore;
  loadFailures: unknown[];
}

async function openWindow(options: { install?: string; settings?: object } = {}): Promise<Opened> {
  const { index } = rendererAt(options.install ?? 'Korea AI Briefing');
  const settings = await settingsAt(mkdtempSync(join(tmpdir(), 'adapters-settings-')), options.settings);
  const trusted = new Set<number>();
  const loadFailures: unknown[] = [];
  const win = createMainWindow({
    title: 'Briefing',
    settings,
    preloadFile: join(index, '..', 'preload.js'),
    url: rendererUrl(index),
    trusted,
    onLoadFailed: (err) => loadFailures.push(err)
  }) as unknown as StandInBrowserWindow;
  return { win, trusted, settings, loadFailures };
}

beforeEach(() => control.reset());

describe('registerIpc', () => {
  it('answers every contract channel for the trusted page and refuses any other sender', async () => {
    const calls: string[] = [];
    const services = new Proxy({} as Services, {
      get: (_t, key: string) => async () => (calls.push(key), { ok: true, value: key })
    });
    const trustedId = 7;
    const isAppUrl = appUrlMatcher('/app/out/renderer');
    registerIpc(
      ipcMain as never,
      services,
      (event) => event.sender.id === trustedId && event.senderFrame !== null && isAppUrl(event.senderFrame.url)
    );
    expect([...control.handlers.keys()].sort()).toEqual([...channelNames].sort());
    const page = { sender: { id: trustedId }, senderFrame: { url: 'file:///app/out/renderer/index.html' } };
    expect(await control.invoke('briefing:get', undefined, page)).toEqual({ ok: true, value: 'getBriefing' });
    for (const stranger of [
      { sender: { id: 8 }, senderFrame: { url: 'file:///app/out/renderer/index.html' } },
      { sender: { id: trustedId }, senderFrame: { url: 'https://example.com/' } },
      { sender: { id: trustedId }, senderFrame: { url: 'file:///app/out/renderer-evil/index.html' } },
      { sender: { id: trustedId }, senderFrame: null }
    ]) {
      expect(await control.invoke('briefing:get', undefined, stranger)).toMatchObject({ ok: false, error: /not the app's own page/ });
    }
    expect(calls).toEqual(['getBriefing']);
  });
});

describe('the request filter and navigation (hardenApp)', () => {
  for (const name of ['Korea AI Briefing', '한국 AI 브리핑', 'apps [x64]', 'KOREAA~1', 'Q3 100%41 done', 'build #2']) {
    it(`lets the page load its own files installed under "${name}", and nothing else`, async () => {
      const { dir, index } = rendererAt(name);
      const isAppUrl = appUrlMatcher(dir);
      hardenApp(isAppUrl, false);
      const win = new StandInBrowserWindow({ show: false });
      await win.loadURL(rendererUrl(index));
      const page = win.webContents.getURL();
      expect(control.allows(page)).toBe(true);
      expect(control.allows(new URL('assets/index-1.js', page).href)).toBe(true);
      expect(control.allows(new URL('../../package.json', page).href)).toBe(false);
      expect(control.allows('https://example.com/tracker.js')).toBe(false);
      // Navigation: details.url decides.
      expect(win.webContents.navigate(new URL('index.html#overview', page).href)).toBe(true);
      expect(win.webContents.navigate('https://example.com/')).toBe(false);
      expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    });
  }
});

describe('buildMenu', () => {
  type Item = { role?: string; label?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
  const menu = (platform: NodeJS.Platform, dev = false, recent: string[] = []) => {
    const opened: string[] = [];
    const built = buildMenu({ getWindow: () => null, recent, openRecent: (p) => opened.push(p), dev, platform }) as unknown as {
      template: Item[];
    };
    return { template: built.template, opened };
  };
  const find = (items: Item[], label: string): Item => items.find((i) => i.label === label || i.role === label)!;

  for (const platform of ['darwin', 'linux', 'win32'] as const) {
    it(`has the standard edit roles on ${platform}, so ⌘/Ctrl X, V and Z work in text fields`, () => {
      const roles = find(menu(platform).template, 'Edit')
        .submenu!.map((i) => i.role)
        .filter(Boolean);
      expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
    });
  }

  it('gives every command an accelerator and lists the recent files, opening the one clicked', () => {
    const { template, opened } = menu('linux', false, ['/data/a.kbriefing', '/data/b.json']);
    const file = find(template, 'File').submenu!;
    expect(find(file, 'Open Briefing…').accelerator).toBe('CmdOrCtrl+O');
    expect(find(file, 'Export…').accelerator).toBe('CmdOrCtrl+E');
    expect(find(find(template, 'Edit').submenu!, 'Find…').accelerator).toBe('CmdOrCtrl+F');
    const recent = find(file, 'Open Recent').submenu!;
    expect(recent.map((i) => i.label)).toEqual(['a.kbriefing', 'b.json']);
    recent[1].click!();
    expect(opened).toEqual(['/data/b.json']);
  });

  it('has Reload and the DevTools in development only, and About on every platform', () => {
    const viewRoles = (dev: boolean) => find(menu('linux', dev).template, 'View').submenu!.map((i) => i.role);
    expect(viewRoles(true)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    expect(viewRoles(false)).not.toContain('toggleDevTools');
    expect(viewRoles(false)).not.toContain('reload');
    expect(menu('darwin').template[0].role).toBe('appMenu');
    expect(find(menu('win32').template, 'help').submenu!.map((i) => i.role)).toEqual(['about']);
  });
});

describe('the window (createMainWindow)', () => {
  it('closes without an exception, and its page is no longer trusted', async () => {
    const { win, trusted } = await openWindow();
    const id = win.webContents.id;
    expect(trusted.has(id)).toBe(true);
    const errors: unknown[] = [];
    win.on('error', (e) => errors.push(e));
    expect(() => win.close()).not.toThrow();
    expect(win.isDestroyed()).toBe(true);
    expect(trusted.has(id)).toBe(false);
  });

  it('stays hidden until its first paint, then shows maximized if it was closed maximized', async () => {
    const { win } = await openWindow({ settings: { window: { x: 10, y: 10, width: 1300, height: 900, maximized: true } } });
    expect(win.isVisible()).toBe(false);
    await until('the first paint', () => win.isVisible() || undefined);
    expect(win.isMaximized()).toBe(true);
    expect(win.options).toMatchObject({ width: 1300, height: 900, x: 10, y: 10, show: false });
  });

  it('is locked down (Electron’s security checklist)', async () => {
    const { win } = await openWindow();
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false
    });
  });

  it('loads its page from an install path with "%", "[ ]" and "~" in it', async () => {
    for (const name of ['Q3 100%41 done', 'apps [x64]', 'KOREAA~1']) {
      const { win, loadFailures } = await openWindow({ install: name });
      await until(`the page under "${name}" to load`, () => win.isVisible() || loadFailures.length > 0 || undefined);
      expect(loadFailures).toEqual([]);
    }
  });
});

describe('closing and quitting', () => {
  for (const platform of ['darwin', 'linux', 'win32'] as const) {
    it(`quits on the first request on ${platform}, with the window's bounds saved`, async () => {
      control.reset({ platform });
      const { win, settings } = await openWindow();
      await settle();
      win.bounds = { x: 40, y: 50, width: 1200, height: 780 };
      // As main/index.ts wires it.
      app.on('window-all-closed', () => {
        if (process.platform !== 'darwin') app.quit();
      });
      holdQuitFor(
        () => settings.writing,
        () => settings.whenWritten()
      );
      app.quit(); // ⌘Q, the File menu's Quit, a logout
      await until('the app to exit', () => control.exitCode !== undefined || undefined, 5000);
      expect(control.cancelledQuits).toBe(0);
      expect(control.exitCode).toBe(0);
      expect(win.isDestroyed()).toBe(true);
      expect(JSON.parse(readFileSync(settings.path, 'utf8')).window).toEqual({ x: 40, y: 50, width: 1200, height: 780, maximized: false });
    });
  }

  it('closing the window on Linux quits the app once the bounds are written', async () => {
    control.reset({ platform: 'linux' });
    const { win, settings } = await openWindow();
    app.on('window-all-closed', () => app.quit());
    holdQuitFor(
      () => settings.writing,
      () => settings.whenWritten()
    );
    win.close();
    await until('the app to exit', () => control.exitCode !== undefined || undefined, 5000);
    expect(control.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(settings.path, 'utf8')).window.width).toBe(1280);
  });
});

describe('holdQuitFor', () => {
  it('holds every quit while a write is under way, and none once it is done', async () => {
    let writing = true;
    let finish = (): void => undefined;
    holdQuitFor(
      () => writing,
      () => new Promise<void>((ok) => (finish = ok))
    );
    app.quit();
    expect(control.exitCode).toBeUndefined();
    writing = false;
    finish();
    await until('the app to exit', () => control.exitCode !== undefined || undefined);
    // A later quit (macOS keeps the app after its window closes) is held again if a write is under way then.
    control.exitCode = undefined;
    writing = true;
    app.quit();
    expect(control.exitCode).toBeUndefined();
    writing = false;
    finish();
    await until('the app to exit again', () => control.exitCode !== undefined || undefined);
  });

  it('lets the app go after the limit when a write never ends', async () => {
    holdQuitFor(
      () => true,
      () => new Promise<void>(() => undefined),
      50
    );
    app.quit();
    expect(control.exitCode).toBeUndefined();
    await until('the app to exit', () => control.exitCode !== undefined || undefined, 2000);
  });
});

describe('one instance (claimSingleInstance)', () => {
  it('hands a second launch’s dataset, and files the OS opens, to the running app', () => {
    const requests: (string | undefined)[] = [];
    expect(claimSingleInstance('/data/first.kbriefing', (p) => requests.push(p))).toBe(true);
    expect(control.lockRequests).toEqual([{ dataset: '/data/first.kbriefing' }]);
    control.ready();
    // The second launch's own resolved path comes in additionalData…
    control.secondInstance(['/opt/app', '--dataset', 'rel.json'], '/home/u', { dataset: '/home/u/rel.json' });
    // …and a launch without it (an older copy of the app) is read from its argv, relative to its own folder.
    control.secondInstance(['/opt/app', '--original-process-start-time=1', 'docs/b.kbriefing'], '/home/u', undefined);
    control.secondInstance(['/opt/app'], '/home/u', { dataset: null });
    expect(control.openFile('/Users/u/c.kbriefing')).toBe(true);
    expect(requests).toEqual(['/home/u/rel.json', '/home/u/docs/b.kbriefing', undefined, '/Users/u/c.kbriefing']);
  });

  it('tells a second instance to quit', () => {
    control.reset({ lockAvailable: false });
    expect(claimSingleInstance(undefined, () => undefined)).toBe(false);
  });
});

describe('a start-up error (reportStartupError)', () => {
  it('shows a native error box with the message and the log file, which holds the details, then exits 1', () => {
    control.ready();
    reportStartupError(new Error('The embedded briefing is invalid:\n$.sections: expected array'));
    expect(control.errorBoxes).toHaveLength(1);
    const [{ title, content }] = control.errorBoxes;
    expect(title).toBe('Korea AI Briefing could not start');
    expect(content).toMatch(/^The embedded briefing is invalid:\n\$\.sections: expected array\n\nThe details are in (.+main\.log)\.$/);
    const log = content.match(/The details are in (.+)\.$/)![1];
    expect(existsSync(log)).toBe(true);
    expect(readFileSync(log, 'utf8')).toMatch(/start-up failed\nError: The embedded briefing is invalid[\s\S]*electron-adapters\.test\.ts/);
    expect(control.exitCode).toBe(1);
  });
});

describe('the Open dialog (electronDialogs)', () => {
  it('offers briefing datasets: the app’s own extension and plain JSON', async () => {
    control.openPath = '/data/a.kbriefing';
    expect(await electronDialogs(() => null).chooseDatasetToOpen()).toBe('/data/a.kbriefing');
    expect(control.dialogOptions).toEqual([
      expect.objectContaining({ properties: ['openFile'], filters: [{ name: 'Briefing dataset', extensions: ['kbriefing', 'json'] }] })
    ]);
  });
});

describe('the Import Notes dialog (electronDialogs)', () => {
  it('opens one file of the kind asked for, with its title', async () => {
    control.openPath = '/data/notes.json';
    const chosen = await electronDialogs(() => null).chooseFileToOpen!('Import Notes', { name: 'Briefing notes', extensions: ['json'] });
    expect(chosen).toBe('/data/notes.json');
    expect(control.dialogOptions).toEqual([
      expect.objectContaining({
        title: 'Import Notes',
        properties: ['openFile'],
        filters: [{ name: 'Briefing notes', extensions: ['json'] }]
      })
    ]);
  });
});

describe('menu commands reach the page', () => {
  it('sends the command to the window’s page', async () => {
    const { win } = await openWindow();
    const built = buildMenu({ getWindow: () => win as never, recent: [], openRecent: () => undefined, dev: false }) as unknown as {
      template: { label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    };
    built.template.find((m) => m.label === 'File')!.submenu!.find((i) => i.label === 'Export…')!.click!();
    expect(win.webContents.sent).toEqual([{ channel: COMMAND_CHANNEL, args: ['export'] }]);
  });
});
