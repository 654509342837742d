import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppCore } from './app-core';

const root = join(__dirname, '..', '..');
const resourcesDir = join(root, 'resources');
const example = join(root, 'examples', 'minimal-briefing.json');

let dir: string;
let chosen: string | null;
const opened: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'app-core-'));
  chosen = null;
  opened.length = 0;
});

const core = (datasetPath?: string) =>
  createAppCore({
    resourcesDir,
    settingsPath: join(dir, 'settings.json'),
    datasetPath,
    dialogs: { chooseDatasetToOpen: async () => chosen, chooseSavePath: async () => null },
    onOpened: (p) => opened.push(p)
  });

function copies(...names: string[]): string[] {
  return names.map((n) => {
    const p = join(dir, n);
    copyFileSync(example, p);
    return p;
  });
}

describe('createAppCore: one way to open a dataset', () => {
  it('starts with --dataset, else the last file opened, else the embedded default', async () => {
    const [a] = copies('a.kbriefing');
    expect((await core()).store.current.origin.kind).toBe('default');
    await (await core()).openDataset(a);
    expect((await core()).store.current.origin).toMatchObject({ kind: 'file', path: a });
    const [b] = copies('b.json');
    expect((await core(b)).store.current.origin).toMatchObject({ kind: 'file', path: b });
  });

  it('the Open dialog and a file from outside (menu, second launch, OS) take the same path: recents reordered, listeners told', async () => {
    const [a, b] = copies('a.kbriefing', 'b.json');
    const app = await core();
    chosen = a;
    expect(await app.services.openBriefing(undefined)).toMatchObject({ ok: true });
    expect(await app.openFromOutside(b)).toMatchObject({ ok: true });
    expect(app.settings!.current.recent).toEqual([b, a]);
    // Open Recent on the older one moves it back to the top.
    await app.openFromOutside(a);
    expect(app.settings!.current.recent).toEqual([a, b]);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ lastDataset: a, recent: [a, b] });
    expect(opened).toEqual([a, b, a]);
  });

  it('a bad file shows its problems and keeps the current briefing', async () => {
    const [good] = copies('good.kbriefing');
    const bad = join(dir, 'bad.kbriefing');
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(example, 'utf8')), asOf: '2024-02-31' }));
    const app = await core(good);
    const outcome = await app.openFromOutside(bad);
    expect(outcome).toMatchObject({ ok: false, problems: [{ path: '$.asOf' }] });
    expect(app.store.current.origin).toMatchObject({ path: good });
    // The page fetches the briefing after a file it did not ask for: the notice tells it why nothing changed.
    expect(app.store.current.notice).toMatch(
      /bad\.kbriefing is not a valid briefing \(1 problem\); the current briefing stays open\.\n\$\.asOf/
    );
    expect(app.settings!.current.recent).toEqual([]);
    expect(opened).toEqual([]);
    // Through the dialog, the page gets the problems in the answer instead.
    chosen = bad;
    expect(await app.services.openBriefing(undefined)).toMatchObject({ ok: false, problems: [{ path: '$.asOf' }] });
  });

  it('keeps no settings without a settings path (the CLI)', async () => {
    const app = await createAppCore({ resourcesDir, dialogs: { chooseDatasetToOpen: async () => null, chooseSavePath: async () => null } });
    expect(app.settings).toBeUndefined();
    expect(await app.services.updateSettings({ theme: 'dark' })).toMatchObject({ ok: false });
  });
});
