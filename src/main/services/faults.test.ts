import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWriteError, writeFileAtomic } from './atomic-write';
import { BriefingStore } from './dataset';

const root = join(__dirname, '..', '..', '..');
const examplePath = join(root, 'examples', 'minimal-briefing.json');
const isRoot = process.getuid?.() === 0;

describe('disk full', () => {
  const mountPoint = mkdtempSync(join(tmpdir(), 'tinyfs-'));
  afterAll(() => {
    if (isRoot) execFileSync('umount', [mountPoint]);
  });

  it('leaves the existing file whole and no temporary file on a full disk (a 64 KB tmpfs)', async () => {
    // Mounting needs root, which CI has; elsewhere this fails loudly rather than pretending.
    expect(isRoot, 'this test mounts a tiny tmpfs and needs root (CI runs as root)').toBe(true);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]);
    const target = join(mountPoint, 'briefing.pdf');
    writeFileSync(target, 'the old export');
    const error = await writeFileAtomic(target, Buffer.alloc(1024 * 1024, 1)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ENOSPC' });
    expect(describeWriteError(error, target)).toBe(`Cannot write ${target}: the disk is full.`);
    expect(readFileSync(target, 'utf8')).toBe('the old export');
    expect(readdirSync(mountPoint)).toEqual(['briefing.pdf']);
  });
});

describe('a writer killed mid-write', () => {
  it('never damages the target, and the next write removes what the dead writer left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'killed-'));
    const target = join(dir, 'briefing.pdf');
    writeFileSync(target, 'the old export');
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fixtures', 'slow-writer.ts'), target, '400'], {
      stdio: 'ignore'
    });
    // Wait until the temporary file exists and has data, then kill the writer without warning.
    const deadline = Date.now() + 20_000;
    let temp: string | undefined;
    while (Date.now() < deadline) {
      temp = readdirSync(dir).find((f) => f.endsWith('.tmp'));
      if (temp && statSync(join(dir, temp)).size > 0) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(temp, 'the writer never started').toBeDefined();
    expect(readFileSync(target, 'utf8')).toBe('the old export');
    await writeFileAtomic(target, 'the new export');
    expect(readFileSync(target, 'utf8')).toBe('the new export');
    expect(readdirSync(dir)).toEqual(['briefing.pdf']);
  }, 30_000);
});

describe('a dataset file that changes or disappears while open', () => {
  it('keeps the briefing in memory readable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanish-'));
    const path = join(dir, 'b.json');
    writeFileSync(path, readFileSync(examplePath));
    const store = new BriefingStore({ briefing: JSON.parse(readFileSync(examplePath, 'utf8')), origin: { kind: 'default', name: 'x' } });
    expect((await store.open(path)).ok).toBe(true);
    writeFileSync(path, 'garbage');
    expect(store.current.briefing.title).toBe('Example Briefing');
    unlinkSync(path);
    expect(store.current.briefing.sections[0].figures[0].id).toBe('widgets-by-year');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses to write into a path whose folder is a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notdir-'));
    writeFileSync(join(dir, 'file'), 'x');
    mkdirSync(join(dir, 'ok'));
    await expect(writeFileAtomic(join(dir, 'file', 'x.pdf'), 'x')).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});
