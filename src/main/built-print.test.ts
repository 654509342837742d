// Print, in the BUILT main process (out/main/index.js) under the stand-in electron (src/main/testing/electron-stand-in.ts),
// which stands in for Electron's runtime as its documentation and its own tests describe it: a PDF file loaded in a
// window opens in Chromium's viewer, which emits `-pdf-ready-to-print` once loaded; webContents.print() prints the
// document shown (the stand-in hands "the printer" that PDF's bytes) and calls back (success, failureReason); a request
// the session's filter cancels fails to load. What goes to the printer is compared with what Export saves for the
// same pack: the same number of pages, with the same text on each.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ExportRequest } from '../shared/export-request';
import { readPdf } from './pdf/testing/pdf-reader';
import * as electron from './testing/electron-stand-in';
import { fromPage, shownWindow, startBuiltMain, until } from './testing/run-built-main';

const { control, app, StandInBrowserWindow, restorePlatform } = electron;
const root = resolve(__dirname, '..', '..');

afterAll(restorePlatform);
afterEach(async () => {
  if (control.exitCode === undefined) app.quit();
  await until('the app to exit', () => control.exitCode !== undefined || undefined);
});

/** Each page's text, as pdf.js reads it. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  return (await readPdf(pdf)).pages.map((p) => p.text);
}

const packs: [string, ExportRequest][] = [
  [
    'a two-section briefing in the reader’s order, titled, on A4',
    { kind: 'briefing', paper: 'a4', sections: ['semiconductors', 'government'], title: 'Chips before the meeting', preparedFor: 'Board' }
  ],
  ['the one-page handout on Letter, with a note', { kind: 'handout', paper: 'letter', notes: { semiconductors: '- Ask about HBM yields' } }]
];

describe('Print in the built app prints what Export would make', () => {
  it.each(packs)(
    '%s: the printer gets the exported pages, from a hidden, locked-down window, once the viewer is ready',
    async (_, pack) => {
      startBuiltMain({ installDir: root });
      const win = await shownWindow();
      const page = fromPage(win);
      control.savePath = join(mkdtempSync(join(tmpdir(), 'built-print-')), 'pack.pdf');
      expect(await control.invoke('pdf:export', pack, page)).toMatchObject({ ok: true });
      const exported = readFileSync(control.savePath);

      const printed = (await control.invoke('pdf:print', pack, page)) as { ok: boolean; value: { pages: number } };
      expect(printed).toMatchObject({ ok: true });
      expect(control.printJobs).toHaveLength(1);
      const [job] = control.printJobs;
      expect(job.pdf, 'the print window showed a PDF').toBeDefined();
      expect(job.pdfReady, 'printed only once the viewer had loaded the document').toBe(true);
      expect(job.hidden).toBe(true);
      expect(job.options).toMatchObject({ silent: false, pageSize: pack.paper === 'a4' ? 'A4' : 'Letter' });
      // The app's page policy is not put on the PDF (the viewer embeds it); the app's own pages keep it.
      expect(job.headers['Content-Security-Policy']).toBeUndefined();
      expect(control.responseHeaders(win.webContents.getURL())['Content-Security-Policy']?.[0]).toContain("default-src 'none'");

      const [want, got] = await Promise.all([pageTexts(exported), pageTexts(job.pdf!)]);
      expect(got.length).toBe(want.length);
      expect(printed.value.pages).toBe(want.length);
      expect(got).toEqual(want);
      if (pack.kind === 'handout') expect(want).toHaveLength(1);

      // Afterwards the print window is gone, its file deleted, and the session lets that file through no more.
      const printWindows = StandInBrowserWindow.windows.filter((w) => w !== win);
      expect(printWindows.length).toBe(1);
      expect(printWindows[0].isDestroyed()).toBe(true);
      expect(printWindows[0].options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
      expect((printWindows[0].options.webPreferences as Record<string, unknown>).preload).toBeUndefined();
      expect(existsSync(fileURLToPath(job.url))).toBe(false);
      expect(control.allows(job.url)).toBe(false);
      expect(control.allows('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe(false);
    }
  );

  it('a cancelled print dialog is a cancel, a failed print says why, and only the app’s page may print', async () => {
    startBuiltMain({ installDir: root });
    const win = await shownWindow();
    const pack: ExportRequest = { kind: 'handout', paper: 'a4' };
    control.printAnswer = 'cancelled';
    expect(await control.invoke('pdf:print', pack, fromPage(win))).toMatchObject({ ok: false, cancelled: true });
    control.printAnswer = 'Print job failed';
    expect(await control.invoke('pdf:print', pack, fromPage(win))).toEqual({ ok: false, error: 'Printing failed: Print job failed.' });
    const stranger = { sender: { id: 999 }, senderFrame: { url: 'https://x.example/' } };
    expect(await control.invoke('pdf:print', pack, stranger)).toMatchObject({ ok: false });
    expect(control.printJobs).toHaveLength(2);
    // A bad pack is refused before anything prints.
    expect(await control.invoke('pdf:print', { ...pack, sections: ['mars'] }, fromPage(win))).toMatchObject({
      ok: false,
      error: expect.stringContaining('Unknown section id "mars"')
    });
    expect(control.printJobs).toHaveLength(2);
  });
});
