import { describe, expect, it } from 'vitest';
import { decodeArg, encodeArg } from './ipc-codec';

const roundTrip = (v: unknown): unknown => decodeArg(encodeArg(v));

describe('the Chromium bridge argument codec', () => {
  it('keeps the values JSON would lose, at the top and nested', () => {
    expect(roundTrip(undefined)).toBeUndefined();
    expect(roundTrip(NaN)).toBeNaN();
    expect(Object.is(roundTrip(-0), -0)).toBe(true);
    expect(roundTrip([1, undefined, Infinity, -Infinity, null])).toEqual([1, undefined, Infinity, -Infinity, null]);
    const nested = roundTrip({ a: { b: [NaN, { c: undefined }] } }) as { a: { b: [number, { c?: unknown }] } };
    expect(nested.a.b[0]).toBeNaN();
    expect('c' in nested.a.b[1]).toBe(true);
    expect(nested.a.b[1].c).toBeUndefined();
  });

  it('passes plain JSON values through unchanged', () => {
    const value = { format: 'pdf', n: 0, list: ['a', '', false, null, 1.5], deep: { x: [] } };
    expect(roundTrip(value)).toEqual(value);
    expect(encodeArg(value)).toBe(JSON.stringify({ v: value }));
  });

  it('keeps a "__proto__" key as data and a look-alike of the tag as an ordinary object', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}') as object;
    const back = roundTrip(parsed) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__', 'ok']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(roundTrip({ '\u0000ipc': 'unknown' })).toEqual({ '\u0000ipc': 'unknown' });
  });
});
