// The Chromium shell's IPC bridge carries calls as JSON over the loopback server. Electron's IPC uses the structured
// clone, which keeps what JSON loses: undefined, NaN, ±Infinity and -0. These are sent as tagged objects instead, so
// the handlers see the same values in both shells.

const TAG = '\u0000ipc';

type Special = 'undefined' | 'NaN' | 'Infinity' | '-Infinity' | '-0';

function special(value: unknown): Special | null {
  if (value === undefined) return 'undefined';
  if (typeof value !== 'number') return null;
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  return Object.is(value, -0) ? '-0' : null;
}

const DECODED: Record<Special, unknown> = { undefined: undefined, NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };

/** JSON text for a call's argument, with the values JSON has no spelling for tagged. */
export function encodeArg(value: unknown): string {
  // A replacer sees each value before JSON.stringify turns it into null or drops it.
  return JSON.stringify({ v: value }, (_key, v: unknown) => {
    const s = special(v);
    return s ? { [TAG]: s } : v;
  });
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === TAG) {
    const s = (value as Record<string, unknown>)[TAG];
    if (typeof s === 'string' && s in DECODED) return DECODED[s as Special];
  }
  const out: Record<string, unknown> = {};
  // defineProperty: a key "__proto__" stays an own property, as JSON.parse made it, instead of setting the prototype.
  for (const k of keys)
    Object.defineProperty(out, k, {
      value: decode((value as Record<string, unknown>)[k]),
      enumerable: true,
      writable: true,
      configurable: true
    });
  return out;
}

/** The argument encodeArg wrote. Throws on text that is not JSON. */
export function decodeArg(text: string): unknown {
  return decode((JSON.parse(text) as { v?: unknown }).v);
}
