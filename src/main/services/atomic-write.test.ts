import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWriteError, writeFileAtomic } from './atomic-write';

const dir = mkdtempSync(join(tmpdir(), 'atomic-test-'));

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const target = join(dir, 'out.pdf');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new content');
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves an existing file untouched when the write fails', async () => {
    const sub = join(dir, 'locked');
    mkdirSync(sub);
    const target = join(sub, 'keep.pdf');
    writeFileSync(target, 'precious');
    chmodSync(sub, 0o500);
    const isRoot = process.getuid?.() === 0;
    try {
      // Root ignores permissions, so use a target that is a folder instead.
      const failing = isRoot ? sub : target;
      await expect(writeFileAtomic(failing, 'x')).rejects.toThrow();
    } finally {
      chmodSync(sub, 0o700);
    }
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(readdirSync(sub)).toEqual(['keep.pdf']);
  });

  it('fails when the folder does not exist, creating nothing', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'x.pdf'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});

describe('describeWriteError', () => {
  it('says what went wrong in words', () => {
    expect(describeWriteError(Object.assign(new Error('x'), { code: 'ENOSPC' }), '/a/b.pdf')).toBe(
      'Cannot write /a/b.pdf: the disk is full.'
    );
    expect(describeWriteError(Object.assign(new Error('x'), { code: 'EACCES' }), '/a/b.pdf')).toBe(
      'Cannot write /a/b.pdf: permission denied.'
    );
  });
});
