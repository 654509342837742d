// Runs in the page under test in place of Electron's preload: the same createApi over a Playwright binding.
import { createApi } from '../src/shared/api';

type Listener = (payload: unknown) => void;

declare global {
  interface Window {
    __briefingInvoke: (channel: string, arg: unknown) => Promise<string>;
    __briefingEmit: (channel: string, payload: unknown) => void;
  }
}

const listeners = new Map<string, Set<Listener>>();

// Record Content-Security-Policy violations so the tests can assert there are none.
const violations: string[] = [];
(window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));

window.__briefingEmit = (channel, payload) => listeners.get(channel)?.forEach((l) => l(payload));
window.briefing = createApi(
  async (channel, arg) => JSON.parse(await window.__briefingInvoke(channel, arg)) as unknown,
  (channel, listener) => {
    const set = listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(channel, set);
    return () => set.delete(listener);
  }
);
