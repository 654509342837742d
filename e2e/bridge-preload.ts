// Runs in the page under test in place of Electron's preload: the same createApi, with calls posted to the harness's
// loopback server (harness.ts). The harness wraps this script in a closure that defines BRIDGE_TOKEN.
import { createApi } from '../src/shared/api';
import { encodeArg } from './ipc-codec';

type Listener = (payload: unknown) => void;

declare const BRIDGE_TOKEN: string;

declare global {
  interface Window {
    __briefingEmit: (channel: string, payload: unknown) => void;
  }
}

// Electron runs the preload in the top frame only; so does this bridge.
if (window === window.top) install();

function install(): void {
  const listeners = new Map<string, Set<Listener>>();

  // Record Content-Security-Policy violations so the tests can assert there are none.
  const violations: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));

  // The page may replace window.fetch; the bridge keeps the browser's own.
  const post = window.fetch.bind(window);
  window.__briefingEmit = (channel, payload) => listeners.get(channel)?.forEach((l) => l(payload));
  window.briefing = createApi(
    async (channel, arg) => {
      const response = await post(`/__ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-bridge-token': BRIDGE_TOKEN },
        body: encodeArg(arg)
      });
      return (await response.json()) as unknown;
    },
    (channel, listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    }
  );
}
