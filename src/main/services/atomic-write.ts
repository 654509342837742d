import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Explains a file-system error in words a user can act on. */
export function describeWriteError(err: unknown, target: string): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Cannot write ${target}: permission denied.`;
    case 'ENOSPC':
      return `Cannot write ${target}: the disk is full.`;
    case 'ENOENT':
      return `Cannot write ${target}: the folder ${dirname(target)} does not exist.`;
    case 'EISDIR':
      return `Cannot write ${target}: it is a folder.`;
    case 'ENOTDIR':
      return `Cannot write ${target}: part of the path is not a folder.`;
    default:
      return `Cannot write ${target}: ${err instanceof Error ? err.message : String(err)}`;
  }
}

const TEMP_PATTERN = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files that an earlier, killed writer left beside the target. */
export async function removeStaleTemps(target: string): Promise<void> {
  const dir = dirname(target);
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.map((name) => {
      const m = TEMP_PATTERN.exec(name);
      if (!m || m[1] !== basename(target) || isAlive(Number(m[2]))) return undefined;
      return rm(join(dir, name), { force: true }).catch(() => undefined);
    })
  );
}

/**
 * Writes data to a temporary file beside the target, flushes it to disk, then renames it over the
 * target, so the target is either the old file or the whole new one, never a partial one.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  await removeStaleTemps(target);
  try {
    handle = await open(tmp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, target);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}
