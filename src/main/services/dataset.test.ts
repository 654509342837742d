import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefingStore, lineColumn, loadBriefingFile, parseJson } from './dataset';
import { createStartupStore, datasetArg } from './startup';

const root = join(__dirname, '..', '..', '..');
const examplePath = join(root, 'examples', 'minimal-briefing.json');
const dir = mkdtempSync(join(tmpdir(), 'dataset-test-'));
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('parseJson', () => {
  it('reports a syntax error with its line and column', () => {
    const r = parseJson('{\n  "a": 1\n  "b": 2\n}');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0].message).toMatch(
      /^JSON syntax error at line 3, column 3: expected ',' or '\}' after a property value, found "\\"b/
    );
  });
  it('accepts a byte-order mark and refuses an empty file', () => {
    expect(parseJson('\uFEFF{"a":1}')).toEqual({ ok: true, data: { a: 1 } });
    expect(parseJson('  \n')).toEqual({ ok: false, problems: [{ path: '$', message: 'the file is empty' }] });
  });
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('loadBriefingFile', () => {
  it('loads a valid file', async () => {
    const r = await loadBriefingFile(examplePath);
    expect(r.ok && r.briefing.title).toBe('Example Briefing');
  });
  it('explains files that cannot be read', async () => {
    const missing = await loadBriefingFile(join(dir, 'nope.json'));
    expect(!missing.ok && missing.problems[0].message).toMatch(/does not exist/);
    mkdirSync(join(dir, 'folder.json'));
    const folder = await loadBriefingFile(join(dir, 'folder.json'));
    expect(!folder.ok && folder.problems[0].message).toMatch(/is a folder/);
    const latin1 = await loadBriefingFile(file('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])));
    expect(!latin1.ok && latin1.problems[0].message).toMatch(/not UTF-8/);
    const notJson = await loadBriefingFile(file('notes.txt', 'Meeting notes, not a dataset'));
    expect(!notJson.ok && notJson.problems[0].message).toMatch(/^JSON syntax error at line 1, column 1/);
  });
});

describe('BriefingStore', () => {
  it('keeps the current briefing when a file fails to open', async () => {
    const store = new BriefingStore({ briefing: JSON.parse(readFileSync(examplePath, 'utf8')), origin: { kind: 'default', name: 'x' } });
    const before = store.current;
    const r = await store.open(file('bad.json', '{"schemaVersion": 2}'));
    expect(r.ok).toBe(false);
    expect(store.current).toBe(before);
    const good = await store.open(examplePath);
    expect(good.ok && good.value.origin).toEqual({ kind: 'file', name: 'minimal-briefing.json', path: examplePath });
  });
});

describe('start-up', () => {
  it('reads --dataset in both spellings', () => {
    expect(datasetArg(['electron', '.', '--dataset', 'a.json'])).toBe('a.json');
    expect(datasetArg(['--dataset=b.json'])).toBe('b.json');
    expect(datasetArg(['.'])).toBeUndefined();
  });
  it('opens --dataset when valid, else the default with a notice naming the problem', async () => {
    const resources = join(root, 'resources');
    expect((await createStartupStore(resources, examplePath)).current.briefing.id).toBe('example-minimal');
    const fallback = await createStartupStore(resources, file('empty.json', ''));
    expect(fallback.current.origin.kind).toBe('default');
    expect(fallback.current.notice).toMatch(/showing the default briefing instead\.\n\$: the file is empty/);
  });
});
