/**
 * Finds where JSON text first goes wrong. V8's JSON.parse does not always say where (e.g. for an
 * unexpected token it quotes the text instead), so on failure this scanner walks the grammar to find
 * the offset; it runs only after JSON.parse has already failed.
 */
export function jsonErrorOffset(text: string): { offset: number; expected: string } | null {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  class Stop extends Error {
    constructor(
      public offset: number,
      public expected: string
    ) {
      super(expected);
    }
  }
  const fail = (expected: string): never => {
    throw new Stop(i, expected);
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`a value`);
  };
  const string = (): void => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail('a closing quote (control characters must be escaped)');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('four hex digits after \\u');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('a valid escape');
      } else i++;
    }
    fail('a closing quote');
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail('a value');
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 10_000) fail('less deeply nested data');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a double-quoted property name');
        string();
        ws();
        if (text[i] !== ':') fail("':' after the property name");
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail("',' or '}' after a property value");
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail("',' or ']' after an array element");
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else fail(c === undefined ? 'more text (the file ends too early)' : 'a value');
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail('the end of the text');
    return null;
  } catch (err) {
    if (err instanceof Stop) return { offset: err.offset, expected: err.expected };
    throw err;
  }
}
