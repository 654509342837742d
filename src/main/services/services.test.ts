import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { parseCsv } from '../../shared/briefing/csv';
import type { Services } from '../../shared/ipc';
import { BriefingStore } from './dataset';
import { createServices, type Desktop } from './services';
import { SettingsStore } from './settings-store';
import { NotesStore } from './notes-store';
import { readPdf, squash } from '../pdf/testing/pdf-reader';

const root = join(__dirname, '..', '..', '..');
const examplePath = join(root, 'examples', 'minimal-briefing.json');
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

let dir: string;
let savePath: string | null;
let calls: string[];
let services: Services;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'services-test-'));
  savePath = null;
  calls = [];
  const store = new BriefingStore({ briefing: JSON.parse(readFileSync(examplePath, 'utf8')), origin: { kind: 'default', name: 'x' } });
  const desktop: Desktop = {
    showInFolder: (p) => void calls.push(`show ${p}`),
    openPath: async (p) => (calls.push(`open ${p}`), ''),
    openExternal: async (u) => void calls.push(`link ${u}`),
    copyText: (t) => void calls.push(`copy ${t}`)
  };
  const settings = new SettingsStore(join(dir, 'settings.json'));
  await settings.load();
  services = createServices({
    store,
    settings,
    desktop,
    fontDir: join(root, 'resources', 'fonts'),
    dialogs: { chooseDatasetToOpen: async () => savePath, chooseSavePath: async () => savePath }
  });
});

const noDesktop: Desktop = { showInFolder: () => {}, openPath: async () => '', openExternal: async () => {}, copyText: () => {} };
const noDialogs = { chooseDatasetToOpen: async () => null, chooseSavePath: async () => null };

describe('saving a figure', () => {
  it('writes a ZIP of the tidy CSV, its metadata and a README', async () => {
    savePath = join(dir, 'fig.zip');
    const r = await services.saveFigure({ format: 'csv', figureId: 'widgets-by-year' });
    expect(r).toEqual({ ok: true, value: { path: savePath, bytes: expect.any(Number) } });
    const files = unzipSync(readFileSync(savePath));
    const base = 'example-minimal-figure-1-widgets-by-year';
    expect(Object.keys(files).sort()).toEqual(['README.md', `${base}.csv`, `${base}.metadata.json`]);
    const csv = Buffer.from(files[`${base}.csv`]).toString('utf8'); // TextDecoder (strFromU8) would drop the BOM
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(csv)[4]).toEqual(['Widgets', '2023', '200', 'widgets']);
    const meta = JSON.parse(strFromU8(files[`${base}.metadata.json`])) as { sources: { number: number; title: string }[]; unit: string };
    expect(meta.unit).toBe('widgets');
    expect(meta.sources).toEqual([expect.objectContaining({ number: 1, title: 'An example report' })]);
    expect(strFromU8(files['README.md'])).toContain('[1] A. Writer, An example report, Example Institute');
  });

  it('writes a PNG only if it is one', async () => {
    savePath = join(dir, 'fig.png');
    expect(
      await services.saveFigure({
        format: 'png',
        figureId: 'widgets-by-year',
        pngBase64: Buffer.from('<svg onload=alert(1)>').toString('base64')
      })
    ).toEqual({
      ok: false,
      error: 'The chart image is not a PNG.'
    });
    expect(existsSync(savePath)).toBe(false);
    const ok = await services.saveFigure({ format: 'png', figureId: 'widgets-by-year', pngBase64: PNG_1x1 });
    expect(ok.ok).toBe(true);
    expect(readFileSync(savePath).subarray(1, 4).toString()).toBe('PNG');
  });

  it('refuses an unknown figure and reports a cancelled dialog', async () => {
    expect(await services.saveFigure({ format: 'csv', figureId: 'nope' })).toEqual({
      ok: false,
      error: 'No figure "nope" in the open briefing.'
    });
    expect(await services.saveFigure({ format: 'csv', figureId: 'widgets-by-year' })).toMatchObject({ ok: false, cancelled: true });
  });
});

describe('exporting', () => {
  it('refuses unknown sections before asking where to save', async () => {
    savePath = join(dir, 'x.pdf');
    expect(await services.exportPdf({ kind: 'briefing', paper: 'a4', sections: ['overview', 'mars'] })).toEqual({
      ok: false,
      error: expect.stringMatching(/^Could not make the PDF: Unknown section id "mars"; the briefing has: /)
    });
    expect(existsSync(savePath)).toBe(false);
  });

  it('writes the PDF atomically, keeps an existing file when the target is a folder, and reveals only exported files', async () => {
    savePath = join(dir, 'brief.pdf');
    writeFileSync(savePath, 'old');
    const r = await services.exportPdf({ kind: 'handout', paper: 'letter' });
    expect(r.ok).toBe(true);
    expect(readFileSync(savePath).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await services.revealFile({ path: savePath, action: 'show' })).toEqual({ ok: true, value: null });
    expect(await services.revealFile({ path: '/etc/passwd', action: 'open' })).toEqual({
      ok: false,
      error: 'Refused: /etc/passwd was not exported in this session.'
    });
    expect(calls).toEqual([`show ${savePath}`]);

    savePath = dir;
    const folder = await services.exportPdf({ kind: 'handout', paper: 'a4' });
    expect(folder).toEqual({ ok: false, error: `Cannot write ${dir}: it is a folder.` });
    expect(readdirSync(dir)).toEqual(['brief.pdf']);
    expect(readFileSync(join(dir, 'brief.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('previewing the handout', () => {
  it('builds the handout for the request without asking where to save or writing anything', async () => {
    savePath = join(dir, 'never.pdf');
    const r = await services.previewHandout({ kind: 'briefing', paper: 'letter' });
    if (!r.ok) throw new Error(r.error);
    const pdf = Buffer.from(r.value.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Taken as a handout whatever kind is asked: one page, with what it placed.
    expect(r.value.pages).toBe(1);
    expect(r.value.placed.numbers.length).toBeGreaterThan(0);
    expect(r.value.buildMs).toBeGreaterThan(0);
    expect(readdirSync(dir)).not.toContain('never.pdf');
  });

  it('says what is wrong with a bad request', async () => {
    expect(await services.previewHandout({ kind: 'handout', paper: 'a4', handoutNumbers: ['nope'] })).toEqual({
      ok: false,
      error: 'Could not make the PDF: Unknown key figure id in handoutNumbers: "nope".'
    });
  });
});

describe('links and clipboard', () => {
  it('opens only http and https URLs that the briefing cites', async () => {
    expect(await services.openSource({ url: 'https://example.org/report' })).toEqual({ ok: true, value: null });
    expect(await services.openSource({ url: 'javascript:alert(1)' })).toEqual({
      ok: false,
      error: 'Only web pages (http or https) are opened; javascript: is not.'
    });
    expect(await services.openSource({ url: 'file:///etc/passwd' })).toMatchObject({ ok: false });
    // Plain http is opened when the briefing cites it (the page marks it "not secure"), not otherwise.
    expect(await services.openSource({ url: 'http://example.org/report' })).toMatchObject({ ok: false });
    expect(await services.openSource({ url: 'https://evil.example/' })).toEqual({
      ok: false,
      error: "Only the web pages of the briefing's sources are opened."
    });
    expect(await services.openSource({ url: 'not a url' })).toMatchObject({ ok: false });
    expect(calls).toEqual(['link https://example.org/report']);
  });

  it('opens an http source the briefing cites', async () => {
    const briefing = JSON.parse(readFileSync(examplePath, 'utf8')) as { sources: { url?: string }[] };
    briefing.sources[0].url = 'http://example.org/plain';
    const store = new BriefingStore({ briefing: briefing as never, origin: { kind: 'default', name: 'x' } });
    const opened: string[] = [];
    const desktop: Desktop = { ...noDesktop, openExternal: async (u) => void opened.push(u) };
    const plain = createServices({ store, desktop, fontDir: join(root, 'resources', 'fonts'), dialogs: noDialogs });
    expect(await plain.openSource({ url: 'http://example.org/plain' })).toEqual({ ok: true, value: null });
    expect(await plain.openSource({ url: 'https://example.org/plain' })).toMatchObject({ ok: false });
    expect(opened).toEqual(['http://example.org/plain']);
  });

  it('copies text', async () => {
    expect(await services.copyText({ text: 'Figure 1' })).toEqual({ ok: true, value: null });
    expect(calls).toEqual(['copy Figure 1']);
  });
});

describe('settings', () => {
  it('saves changes and reads them back in a new store', async () => {
    expect((await services.updateSettings({ theme: 'dark', zoom: 1.25 })).ok).toBe(true);
    const again = new SettingsStore(join(dir, 'settings.json'));
    expect(await again.load()).toMatchObject({ theme: 'dark', zoom: 1.25 });
    expect(again.notice).toBeUndefined();
  });
});

describe('the pack takes the saved notes', () => {
  it('a pack asking for the notes without carrying them prints the saved ones; Print and the preview get the same PDF as Export', async () => {
    const store = new BriefingStore({ briefing: JSON.parse(readFileSync(examplePath, 'utf8')), origin: { kind: 'default', name: 'x' } });
    const notes = new NotesStore(join(dir, 'notes'));
    const sectionId = store.current.briefing.sections[0].id;
    await (await notes.for(store.current.briefing.id, undefined)).setNote(sectionId, '- Bring up the saved talking point');
    const printed: Buffer[] = [];
    const withNotes = createServices({
      store,
      notes,
      fontDir: join(root, 'resources', 'fonts'),
      dialogs: { chooseDatasetToOpen: async () => null, chooseSavePath: async () => savePath },
      printer: { print: async (pdf) => (printed.push(pdf), { ok: true, value: null }) }
    });
    savePath = join(dir, 'with-notes.pdf');
    expect(await withNotes.exportPdf({ kind: 'handout', paper: 'a4', includeNotes: true })).toMatchObject({ ok: true });
    const exported = squash((await readPdf(readFileSync(savePath))).pages.map((p) => p.text).join(' '));
    expect(exported).toContain('YOUR NOTES');
    expect(exported).toContain('Bring up the saved talking point');
    expect(await withNotes.printPdf({ kind: 'handout', paper: 'a4', includeNotes: true })).toMatchObject({ ok: true, value: { pages: 1 } });
    expect(squash((await readPdf(printed[0])).pages.map((p) => p.text).join(' '))).toBe(exported);
    // The composer's preview is that page too, notes and all.
    const preview = await withNotes.previewHandout({ kind: 'handout', paper: 'a4', includeNotes: true });
    if (!preview.ok) throw new Error(preview.error);
    expect(squash((await readPdf(Buffer.from(preview.value.pdfBase64, 'base64'))).pages.map((p) => p.text).join(' '))).toBe(exported);
    // Without includeNotes, no notes.
    savePath = join(dir, 'without.pdf');
    await withNotes.exportPdf({ kind: 'handout', paper: 'a4' });
    expect(squash((await readPdf(readFileSync(savePath))).pages.map((p) => p.text).join(' '))).not.toContain('talking point');
  });
});
