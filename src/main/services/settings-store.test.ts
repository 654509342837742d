import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { SettingsStore } from './settings-store';

const fresh = (): string => mkdtempSync(join(tmpdir(), 'settings-test-'));

describe('SettingsStore', () => {
  it('starts from defaults without a file, and without a notice', async () => {
    const s = new SettingsStore(join(fresh(), 'settings.json'));
    expect(await s.load()).toEqual(DEFAULT_SETTINGS);
    expect(s.notice).toBeUndefined();
  });

  it.each([
    ['corrupt', '{"theme": "dark",'],
    ['empty', ''],
    ['not an object', '[1,2]']
  ])('survives a %s file with defaults and a notice, and the next save is whole', async (_name, content) => {
    const dir = fresh();
    const path = join(dir, 'settings.json');
    writeFileSync(path, content);
    const s = new SettingsStore(path);
    expect(await s.load()).toEqual(DEFAULT_SETTINGS);
    expect(s.notice).toMatch(/defaults are in use/);
    await s.update({ theme: 'light' });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ theme: 'light', zoom: 1 });
  });

  it('keeps the good fields of a partly wrong file', async () => {
    const path = join(fresh(), 'settings.json');
    writeFileSync(path, JSON.stringify({ theme: 'dark', zoom: 'huge', recent: ['/a.json'] }));
    const s = new SettingsStore(path);
    expect(await s.load()).toMatchObject({ theme: 'dark', zoom: 1, recent: ['/a.json'] });
  });

  it('says so when the file cannot be read', async () => {
    const dir = fresh();
    const path = join(dir, 'settings.json');
    mkdirSync(path); // a folder where the file should be: reading fails with EISDIR, even as root
    const s = new SettingsStore(path);
    expect(await s.load()).toEqual(DEFAULT_SETTINGS);
    expect(s.notice).toMatch(/could not be read/);
    await expect(s.update({ theme: 'dark' })).rejects.toThrow(/Cannot write/);
  });

  it('two writes at once both complete, in order, and leave a whole file', async () => {
    const dir = fresh();
    const path = join(dir, 'settings.json');
    const s = new SettingsStore(path);
    await s.load();
    await Promise.all([s.update({ theme: 'dark' }), s.update({ zoom: 1.5 }), s.update({ lastSection: 'patents' })]);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ theme: 'dark', zoom: 1.5, lastSection: 'patents' });
    expect(readdirSync(dir)).toEqual(['settings.json']);
    chmodSync(dir, 0o755);
  });
});
