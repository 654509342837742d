import { stat } from 'node:fs/promises';
import type { ExportDone, Result } from '../../shared/ipc';
import { describeWriteError, writeFileAtomic } from './atomic-write';
import type { Dialogs } from './services';

/** Asks where to save, then writes atomically; a refusal or failure is a message, never a partial file. */
export async function saveThroughDialog(
  dialogs: Dialogs,
  defaultName: string,
  filter: { name: string; extensions: string[] },
  data: Uint8Array | string
): Promise<Result<ExportDone>> {
  const target = await dialogs.chooseSavePath(defaultName, filter);
  if (!target) return { ok: false, error: 'Saving cancelled.', cancelled: true };
  try {
    const info = await stat(target).catch(() => undefined);
    if (info?.isDirectory()) return { ok: false, error: `Cannot write ${target}: it is a folder.` };
    await writeFileAtomic(target, data);
  } catch (err) {
    return { ok: false, error: describeWriteError(err, target) };
  }
  return { ok: true, value: { path: target, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.length } };
}
