import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../shared/ipc';
import { BriefingStore } from './dataset';
import { NotesStore } from './notes-store';
import { createServices } from './services';

const root = join(__dirname, '..', '..', '..');
const example = JSON.parse(readFileSync(join(root, 'examples', 'minimal-briefing.json'), 'utf8'));
const clock = () => new Date('2026-12-02T17:15:03.123Z');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'notes-'));
});

const notesFile = (sections: Record<string, string>, briefingId = 'example-minimal') =>
  JSON.stringify({ format: 'korea-ai-briefing-notes', version: 1, briefingId, sections, updated: '2026-12-01T09:00:00.000Z' });

describe('NotesStore', () => {
  it('saves a note and reads it back in a new store, one file per briefing and place', async () => {
    const store = new NotesStore(join(dir, 'notes'), clock);
    const notes = await store.for('example-minimal', undefined);
    expect(notes.current).toEqual({ sections: {}, updated: expect.any(String), notice: undefined });
    await notes.setNote('overview', '- ask about HBM');
    const again = await new NotesStore(join(dir, 'notes')).for('example-minimal', undefined);
    expect(again.current.sections).toEqual({ overview: '- ask about HBM' });
    expect(again.current.updated).toBe('2026-12-02T17:15:03.123Z');
    // The same id opened from a file elsewhere keeps notes of its own.
    expect((await store.for('example-minimal', '/data/copy.json')).current.sections).toEqual({});
    expect(store.pathFor('example-minimal', undefined)).not.toBe(store.pathFor('example-minimal', '/data/copy.json'));
  });

  it('removes a section emptied, and keeps saves in order', async () => {
    const notes = await new NotesStore(dir).for('example-minimal', undefined);
    await Promise.all([
      notes.setNote('overview', 'a'),
      notes.setNote('overview', 'ab'),
      notes.setNote('other', 'x'),
      notes.setNote('other', '  ')
    ]);
    expect(JSON.parse(readFileSync(notes.path, 'utf8')).sections).toEqual({ overview: 'ab' });
  });

  it('moves a damaged file aside, says where and why, and starts afresh', async () => {
    const store = new NotesStore(dir, clock);
    const path = store.pathFor('example-minimal', undefined);
    writeFileSync(path, '{"format": "korea-ai-briefing-notes", "sections": {');
    const notes = await store.for('example-minimal', undefined);
    const aside = `${path}.corrupt-20261202T171503Z`;
    expect(readFileSync(aside, 'utf8')).toBe('{"format": "korea-ai-briefing-notes", "sections": {');
    expect(notes.current.notice).toBe(
      `Your notes file was damaged ($: JSON syntax error at line 1, column 52: expected a double-quoted property name, the file ends). It was kept as ${aside}; notes start afresh.`
    );
    await notes.setNote('overview', 'new');
    expect(readdirSync(dir).sort()).toEqual([`${path.split('/').pop()}`, aside.split('/').pop()].sort());
  });

  it('names the field of a file that parses but is not notes', async () => {
    const store = new NotesStore(dir, clock);
    writeFileSync(store.pathFor('example-minimal', undefined), notesFile({ overview: 42 } as never));
    const notes = await store.for('example-minimal', undefined);
    expect(notes.current.notice).toMatch(
      /^Your notes file was damaged \(\$\.sections\.overview: Invalid input: expected string, received number\)/
    );
  });

  it('never overwrites a file it could not read', async () => {
    const store = new NotesStore(dir);
    const path = store.pathFor('example-minimal', undefined);
    // A folder in the file's place cannot be read, even by root (for whom permissions would not stop a read).
    mkdirSync(path);
    writeFileSync(join(path, 'precious'), 'x');
    const notes = await store.for('example-minimal', undefined);
    expect(notes.current.notice).toMatch(/^Your notes file .* could not be read \(EISDIR.*\); notes are not saved until it can be\.$/);
    await expect(notes.setNote('overview', 'x')).rejects.toThrow(/not saved until it can be/);
    expect(readdirSync(path)).toEqual(['precious']);
  });

  it('never overwrites a damaged file it could not move aside', async () => {
    const store = new NotesStore(dir, clock);
    const path = store.pathFor('example-minimal', undefined);
    writeFileSync(path, 'garbage');
    // A non-empty folder where the moved-aside file would go makes the rename fail, as a read-only folder would.
    mkdirSync(`${path}.corrupt-20261202T171503Z`);
    writeFileSync(join(`${path}.corrupt-20261202T171503Z`, 'x'), 'x');
    const notes = await store.for('example-minimal', undefined);
    expect(notes.current.notice).toMatch(
      /is damaged \(\$: JSON syntax error.*\) and could not be moved aside .*; notes are not saved until it is\.$/
    );
    await expect(notes.setNote('overview', 'x')).rejects.toThrow(/not saved until it is/);
    expect(readFileSync(path, 'utf8')).toBe('garbage');
  });
});

describe('the notes channels', () => {
  let services: Services;
  let savePath: string | null;
  let openPath: string | null;
  let notes: NotesStore;
  beforeEach(() => {
    savePath = openPath = null;
    notes = new NotesStore(join(dir, 'notes'), clock);
    services = createServices({
      store: new BriefingStore({ briefing: example, origin: { kind: 'default', name: 'x' } }),
      notes,
      fontDir: join(root, 'resources', 'fonts'),
      dialogs: { chooseDatasetToOpen: async () => null, chooseSavePath: async () => savePath, chooseFileToOpen: async () => openPath }
    });
  });

  it('saves, reads, exports and imports back', async () => {
    expect(await services.saveNote({ sectionId: 'overview', text: 'Mine' })).toEqual({
      ok: true,
      value: { updated: '2026-12-02T17:15:03.123Z' }
    });
    expect(await services.getNotes(undefined)).toMatchObject({ ok: true, value: { sections: { overview: 'Mine' } } });
    savePath = join(dir, 'exported.json');
    expect(await services.exportNotes(undefined)).toMatchObject({ ok: true, value: { path: savePath } });
    expect(JSON.parse(readFileSync(savePath, 'utf8'))).toMatchObject({ format: 'korea-ai-briefing-notes', briefingId: 'example-minimal' });
    await services.saveNote({ sectionId: 'overview', text: '' });
    openPath = savePath;
    expect(await services.importNotes({ mode: 'merge' })).toMatchObject({
      ok: true,
      value: { path: savePath, sections: { overview: 'Mine' }, changed: ['overview'], unknown: [] }
    });
  });

  it('refuses a note for a section the briefing does not have', async () => {
    expect(await services.saveNote({ sectionId: 'nope', text: 'x' })).toEqual({
      ok: false,
      error: 'No section "nope" in the open briefing.'
    });
  });

  it('says what and where when the imported file is not notes, and changes nothing', async () => {
    await services.saveNote({ sectionId: 'overview', text: 'Mine' });
    openPath = join(dir, 'bad.json');
    writeFileSync(
      openPath,
      JSON.stringify({ format: 'korea-ai-briefing-notes', version: 1, briefingId: 'example-minimal', sections: { overview: ['x'] } })
    );
    const r = await services.importNotes({ mode: 'replace' });
    expect(r).toEqual({
      ok: false,
      error: `${openPath} is not a notes file this app exported; nothing was imported.\n$.sections.overview: Invalid input: expected string, received array\n$.updated: Invalid input: expected string, received undefined`
    });
    writeFileSync(openPath, notesFile({ overview: 'theirs' }, 'another-briefing'));
    expect(await services.importNotes({ mode: 'replace' })).toEqual({
      ok: false,
      error: `${openPath} holds notes for the briefing "another-briefing", not the open one ("example-minimal"); nothing was imported.`
    });
    writeFileSync(openPath, '{ "format": ');
    expect(await services.importNotes({ mode: 'merge' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('$: JSON syntax error at line 1')
    });
    expect((await services.getNotes(undefined)).ok && (await notes.for('example-minimal', undefined)).current.sections).toEqual({
      overview: 'Mine'
    });
  });

  it('replace: keeps the notes it replaces in a backup beside the file, and reports sections the briefing lacks', async () => {
    await services.saveNote({ sectionId: 'overview', text: 'Mine' });
    openPath = join(dir, 'theirs.json');
    writeFileSync(openPath, notesFile({ overview: 'Theirs', gone: 'old section' }));
    expect(await services.importNotes({ mode: 'replace' })).toMatchObject({
      ok: true,
      value: { sections: { overview: 'Theirs' }, changed: ['overview'], unknown: ['gone'] }
    });
    const backups = readdirSync(join(dir, 'notes')).filter((f) => f.includes('.before-import-'));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'notes', backups[0]), 'utf8')).sections).toEqual({ overview: 'Mine' });
  });

  it('a cancelled dialog imports or exports nothing', async () => {
    expect(await services.importNotes({ mode: 'merge' })).toEqual({ ok: false, error: 'No file chosen.', cancelled: true });
    expect(await services.exportNotes(undefined)).toEqual({ ok: false, error: 'Saving cancelled.', cancelled: true });
    expect(existsSync(join(dir, 'notes'))).toBe(false);
  });
});
