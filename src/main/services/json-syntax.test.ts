import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-syntax';

describe('jsonErrorOffset', () => {
  it('agrees with JSON.parse on valid text', () => {
    for (const ok of ['{}', '[1, -2.5e3, "a\\u00e9", true, false, null]', ' {"a": {"b": []}} ']) {
      expect(() => JSON.parse(ok)).not.toThrow();
      expect(jsonErrorOffset(ok)).toBeNull();
    }
  });

  it('points at the first bad character', () => {
    expect(jsonErrorOffset('{"a": 1 "b": 2}')).toEqual({ offset: 8, expected: "',' or '}' after a property value" });
    expect(jsonErrorOffset('Meeting notes')).toEqual({ offset: 0, expected: 'a value' });
    expect(jsonErrorOffset('{"a": [1, 2,]}')).toEqual({ offset: 12, expected: 'a value' });
    expect(jsonErrorOffset('{"a": tru}')).toMatchObject({ offset: 6 });
    expect(jsonErrorOffset('{"a": "x')).toEqual({ offset: 8, expected: 'a closing quote' });
    expect(jsonErrorOffset('[1] 2')).toEqual({ offset: 4, expected: 'the end of the text' });
    expect(jsonErrorOffset('{"a": NaN}')).toMatchObject({ offset: 6 });
  });
});
