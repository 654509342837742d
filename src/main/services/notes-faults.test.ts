// The notes against the faults the atomic write guards against, as faults.test.ts does for exports: a full disk and
// a process killed while saving. Either way, every note already saved is still there, whole.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NotesStore } from './notes-store';

const isRoot = process.getuid?.() === 0;

describe('notes on a full disk', () => {
  const mountPoint = mkdtempSync(join(tmpdir(), 'tinyfs-notes-'));
  afterAll(() => {
    if (isRoot) execFileSync('umount', [mountPoint]);
  });

  it('keeps the saved notes whole, says the disk is full, and saves again once there is room', async () => {
    // Mounting needs root, which CI has; elsewhere this fails loudly rather than pretending.
    expect(isRoot, 'this test mounts a tiny tmpfs and needs root (CI runs as root)').toBe(true);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]);
    const notes = await new NotesStore(mountPoint).for('example-minimal', undefined);
    await notes.setNote('overview', 'saved before the disk filled');
    // Fill what is left of the disk.
    const filler = join(mountPoint, 'filler');
    try {
      writeFileSync(filler, Buffer.alloc(64 * 1024, 1));
    } catch {
      // ENOSPC: the filler holds what it could.
    }
    await expect(notes.setNote('overview', 'x'.repeat(20_000))).rejects.toThrow(`Cannot write ${notes.path}: the disk is full.`);
    const reread = await new NotesStore(mountPoint).for('example-minimal', undefined);
    expect(reread.current).toMatchObject({ sections: { overview: 'saved before the disk filled' }, notice: undefined });
    expect(readdirSync(mountPoint).sort()).toEqual(['example-minimal-f940eb41b6c0.json', 'filler']);
    execFileSync('rm', [filler]);
    await notes.setNote('overview', 'saved once there was room');
    expect(JSON.parse(readFileSync(notes.path, 'utf8')).sections.overview).toBe('saved once there was room');
  });
});

describe('notes when the app is killed while saving', () => {
  it('loses no note already saved and leaves a file that reads without complaint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notes-killed-'));
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fixtures', 'notes-typist.ts'), dir], {
      stdio: ['ignore', 'pipe', 'inherit']
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Let a few versions reach the disk, then kill the writer half-way through writing the next, without warning.
    const saves = (): number[] => (output.match(/saved (\d+)\n/g) ?? []).map((l) => Number(/\d+/.exec(l)![0]));
    // Half-way: a temporary file with some data in it, or (were the store to write in place) a notes file cut short.
    const size = (f: string): number => statSync(join(dir, f), { throwIfNoEntry: false })?.size ?? 0;
    const writing = (): boolean =>
      readdirSync(dir).some((f) => (f.endsWith('.tmp') && size(f) > 0) || (f.endsWith('.json') && size(f) < 1_000_000));
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !(saves().length >= 3 && writing())) await new Promise((r) => setTimeout(r, 2));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const versions = saves();
    expect(versions.length, 'the typist never saved').toBeGreaterThanOrEqual(3);
    const lastSaved = Math.max(...versions);

    const notes = await new NotesStore(dir).for('example-minimal', undefined);
    expect(notes.current.notice).toBeUndefined();
    const onDisk = Number(/^version (\d+)\n/.exec(notes.current.sections.s0)![1]);
    // The version whose save was under way may or may not have landed; nothing before it is lost.
    expect([lastSaved, lastSaved + 1]).toContain(onDisk);
    expect(Object.keys(notes.current.sections)).toHaveLength(60);
    expect(new Set(Object.values(notes.current.sections))).toEqual(new Set([`version ${onDisk}\n${'talking point '.repeat(1400)}`]));
    await notes.setNote('overview', 'after the crash');
    expect(readdirSync(dir)).toEqual(['example-minimal-f940eb41b6c0.json']);
  }, 30_000);
});
