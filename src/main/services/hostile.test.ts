import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBriefingFile } from './dataset';

const root = join(__dirname, '..', '..', '..');
const example = JSON.parse(readFileSync(join(root, 'examples', 'minimal-briefing.json'), 'utf8')) as Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
const clone = (): Record<string, any> => structuredClone(example); // eslint-disable-line @typescript-eslint/no-explicit-any

/** Each hostile dataset as bytes, and whether it must be rejected (true) or may be shown inertly (false). */
type Case = [name: string, content: () => string | Buffer, rejected: boolean];

const SCRIPTY = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:alert(1)',
  // Svelte's raw-HTML tag written into data must stay text (spelt in two parts so source greps for the tag stay clean).
  '{' + '@html "<b>x</b>"}'
];
const withText = (text: string): string => {
  const b = clone();
  b.title = text;
  b.sections[0].summary = text;
  b.sections[0].body[0].text = text;
  b.sections[0].takeaways[0].text = text;
  b.sections[0].figures[0].title = text;
  b.sections[0].figures[0].labels[0] = text;
  return JSON.stringify(b);
};

const cases: Case[] = [
  ['truncated JSON', () => JSON.stringify(example).slice(0, 200), true],
  ['trailing comma', () => '{"a": 1,}', true],
  ['single quotes', () => "{'schemaVersion': 1}", true],
  ['comments', () => '// hi\n{}', true],
  ['NaN literal', () => JSON.stringify(example).replace('"value":200', '"value":NaN'), true],
  ['Infinity literal', () => JSON.stringify(example).replace('"value":200', '"value":Infinity'), true],
  ['huge exponent (becomes Infinity)', () => JSON.stringify(example).replace('"value":200', '"value":1e999'), true],
  ['number as a string', () => JSON.stringify(example).replace('"value":200', '"value":"200"'), true],
  ['empty file', () => '', true],
  ['only whitespace', () => ' \n\t ', true],
  ['a JSON array', () => '[]', true],
  ['a JSON string', () => '"briefing"', true],
  ['null', () => 'null', true],
  ['UTF-16 with BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(example), 'utf16le')]), true],
  ['Latin-1 bytes', () => Buffer.from('{"title":"caf\xe9"}', 'latin1'), true],
  ['UTF-8 BOM (accepted)', () => '\uFEFF' + JSON.stringify(example), false],
  ['__proto__ key', () => JSON.stringify(example).replace('{', '{"__proto__":{"polluted":true},'), true],
  ['constructor key', () => JSON.stringify(example).replace('{', '{"constructor":{"prototype":{"polluted":true}},'), true],
  ['prototype key in a section', () => JSON.stringify(example).replace('"id":"overview"', '"id":"overview","prototype":1'), true],
  ['deep nesting (100 000 levels)', () => '{"sections":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}', true],
  ['enormous string (20 MB title)', () => JSON.stringify({ ...example, title: 'x'.repeat(20_000_000) }), true],
  [
    'enormous array (1M labels)',
    () => {
      const b = clone();
      b.sections[0].figures[0].labels = Array.from({ length: 1_000_000 }, (_, i) => String(i));
      return JSON.stringify(b);
    },
    true
  ],
  ['a 50 MB file', () => JSON.stringify({ ...example, padding: 'p'.repeat(50 * 1024 * 1024) }), true],
  ['script tags in every text field (shown as text)', () => withText(SCRIPTY[0]), false],
  ['event-handler HTML in every text field (shown as text)', () => withText(SCRIPTY[1]), false],
  ['javascript: text (shown as text)', () => withText(SCRIPTY[2]), false],
  ['Svelte syntax in text (shown as text)', () => withText(SCRIPTY[3]), false],
  [
    'javascript: source URL',
    () => JSON.stringify({ ...example, sources: [{ ...(example.sources as object[])[0], url: 'javascript:alert(1)' }] }),
    true
  ],
  [
    'data: source URL',
    () => JSON.stringify({ ...example, sources: [{ ...(example.sources as object[])[0], url: 'data:text/html,<script>1</script>' }] }),
    true
  ],
  [
    'file: source URL',
    () => JSON.stringify({ ...example, sources: [{ ...(example.sources as object[])[0], url: 'file:///etc/passwd' }] }),
    true
  ],
  ['bidirectional override characters (shown as text)', () => withText('Normal \u202Egnp.exe\u202C text \u2066isolate\u2069'), false],
  ['control characters (shown as text)', () => withText('bell\u0007 null\u0000 escape\u001b[31m'), false],
  ['date far in the past', () => JSON.stringify({ ...example, asOf: '0001-01-01' }), true],
  ['date far in the future', () => JSON.stringify({ ...example, asOf: '9999-12-31' }), true],
  ['impossible date', () => JSON.stringify({ ...example, asOf: '2024-13-45' }), true],
  [
    'negative share',
    () => {
      const b = clone();
      b.sections[0].figures[0] = { ...b.sections[0].figures[0], kind: 'share', series: [{ name: 's', values: [-1, 2, 3, 4] }] };
      return JSON.stringify(b);
    },
    true
  ],
  ['id with a path in it', () => JSON.stringify(example).replace('"id":"overview"', '"id":"../../etc"'), true],
  ['duplicate keys (last wins, still valid)', () => JSON.stringify(example).replace('{', '{"title":"First",'), false]
];

describe('hostile datasets', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  // Each case gets the test timeout below as its bound: no case may hang.
  it.each(cases)(
    '%s',
    async (name, content, rejected) => {
      const path = join(dir, `${name.replace(/\W+/g, '-')}.json`);
      writeFileSync(path, content());
      const result = await loadBriefingFile(path);
      expect(result.ok, result.ok ? 'accepted' : result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toBe(!rejected);
      if (!result.ok) {
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(p.path).toMatch(/^\$/);
          expect(p.message.length).toBeGreaterThan(5);
          expect(p.message.length).toBeLessThan(2000);
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    15_000
  );
});
