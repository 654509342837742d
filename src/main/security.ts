import { app, session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../shared/csp';

/** What a print job in progress may load (see print.ts): its own PDF file, and the built-in viewer's pages. */
export interface PrintAllowance {
  allows(url: string): boolean;
  isFile(url: string): boolean;
}

const NO_PRINTS: PrintAllowance = { allows: () => false, isFile: () => false };

/** Applies the Electron security checklist to every web contents and the default session. */
export function hardenApp(isAppUrl: (url: string) => boolean, dev: boolean, prints: PrintAllowance = NO_PRINTS): void {
  const csp = dev ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    // A PDF being printed is shown by the viewer, which embeds it: the page's policy (no objects) would block that.
    if (prints.isFile(details.url)) return callback({ responseHeaders: details.responseHeaders });
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  // Block any request that is not the app's own files (the dev server counts as own in development), or a print job's.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url) && !details.url.startsWith('devtools:') && !prints.allows(details.url) });
  });
  app.on('web-contents-created', (_event, contents: WebContents) => {
    // The URL comes on the event itself (details.url); the listener's second argument is deprecated.
    contents.on('will-navigate', (details) => {
      if (!isAppUrl(details.url) && !prints.allows(details.url)) details.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // The page opens links only through the openSource channel, which checks them; no window.open.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
