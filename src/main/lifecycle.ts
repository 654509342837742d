import { app, dialog } from 'electron';
import { appendFileSync, mkdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { datasetRequest } from './services/startup';

/**
 * Lets the app quit on the first request and still finish work that must not be cut short (the settings write a
 * closing window starts): `will-quit` comes after every window has closed, and holding it is the one documented
 * way to delay the exit without cancelling the quit. Held only while `busy()`, so every later quit waits too.
 */
export function holdQuitFor(busy: () => boolean, finished: () => Promise<unknown>, limitMs = 5000): void {
  // A write that never ends (a dead network drive) must not keep the app from quitting: after limitMs, it goes.
  let gaveUp = false;
  app.on('will-quit', (event) => {
    if (gaveUp || !busy()) return;
    event.preventDefault();
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((ok) => (timer = setTimeout(ok, limitMs))).then(() => void (gaveUp = true));
    void Promise.race([finished().catch(() => undefined), limit]).finally(() => {
      clearTimeout(timer);
      app.quit();
    });
  });
}

/** What a second launch hands the running app (requestSingleInstanceLock's additionalData). */
interface LaunchRequest {
  dataset: string | null;
}

function requestedDataset(data: unknown): string | undefined {
  const dataset = (data as Partial<LaunchRequest> | null)?.dataset;
  return typeof dataset === 'string' && isAbsolute(dataset) ? dataset : undefined;
}

/**
 * Makes this the only running instance. A later launch quits at once and hands its dataset (`--dataset`, or the
 * file the OS opened it with) to this one, which calls `onRequest`; so does macOS's open-file, which can come before
 * the app is ready. Returns false in a second instance, which must then quit.
 */
export function claimSingleInstance(startRequest: string | undefined, onRequest: (path: string | undefined) => void): boolean {
  const request: LaunchRequest = { dataset: startRequest ?? null };
  if (!app.requestSingleInstanceLock(request)) return false;
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    // additionalData keeps the second launch's own resolved path; argv may come reordered or with Chromium's switches.
    onRequest(requestedDataset(additionalData) ?? datasetRequest(argv, workingDirectory));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    onRequest(path);
  });
  return true;
}

/**
 * A start-up failure: a packaged app has no terminal, so the message goes to a native error box, with the log file
 * that holds the details, before the app exits.
 */
export function reportStartupError(err: unknown): void {
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  const message = err instanceof Error ? err.message : String(err);
  console.error(detail);
  let where: string;
  try {
    const dir = app.getPath('logs');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'main.log');
    appendFileSync(file, `${new Date().toISOString()} start-up failed\n${detail}\n\n`);
    where = `The details are in ${file}.`;
  } catch (logErr) {
    where = `The details could not be written to a log (${logErr instanceof Error ? logErr.message : String(logErr)}).`;
  }
  dialog.showErrorBox(`${app.getName()} could not start`, `${message}\n\n${where}`);
  app.exit(1);
}
