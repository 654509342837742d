import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureCsv } from '../shared/briefing/csv';
import { allFigureModels } from '../shared/briefing/figures';
import { buildSearchIndex, search } from '../shared/briefing/search';
import { validateBriefing } from '../shared/briefing/validate';
import { buildPdf } from './pdf';

const root = join(__dirname, '..', '..');
const example: unknown = JSON.parse(readFileSync(join(root, 'examples', 'minimal-briefing.json'), 'utf8'));
const fontDir = join(root, 'resources', 'fonts');

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside a JSON document. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => out.push(...paths(v, [...prefix, k])));
  return out;
}

/** A mutation: replace, delete or duplicate the value at a path. */
function mutate(doc: Json, path: (string | number)[], op: 'set' | 'delete' | 'duplicate', value: Json): Json {
  const copy = structuredClone(doc);
  if (path.length === 0) return op === 'set' ? value : copy;
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) {
    // An earlier mutation may have removed this path: then there is nothing to do.
    if (!parent || typeof parent !== 'object') return copy;
    parent = (parent as Record<string | number, Json>)[key];
  }
  const last = path[path.length - 1];
  if (Array.isArray(parent) && typeof last === 'number') {
    if (op === 'delete') parent.splice(last, 1);
    else if (op === 'duplicate') parent.splice(last, 0, structuredClone(parent[last]));
    else parent[last] = value;
  } else if (parent && typeof parent === 'object') {
    const obj = parent as Record<string, Json>;
    if (op === 'delete') delete obj[last];
    else obj[last] = op === 'duplicate' ? structuredClone(obj[last]) : value;
  }
  return copy;
}

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1e308, '', 'x', '2024-02-30', '2024-02-29', '<script>x</script>', '한국', [], {}),
  fc.integer() as fc.Arbitrary<Json>,
  fc.double({ noNaN: true, noDefaultInfinity: true }) as fc.Arbitrary<Json>,
  fc.string({ maxLength: 20 }) as fc.Arbitrary<Json>
);

const allPaths = paths(example as Json);
const mutation = fc.tuple(
  fc.constantFrom(...allPaths),
  fc.constantFrom<'set' | 'delete' | 'duplicate'>('set', 'delete', 'duplicate'),
  jsonValue
);

describe('random mutations of a valid dataset', () => {
  it('are accepted, or rejected with problems that each name a JSON path — never a crash', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (muts) => {
        const doc = muts.reduce((d, [p, op, v]) => mutate(d, p, op, v), example as Json);
        const result = validateBriefing(doc);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(p.path).toMatch(/^\$/);
          return;
        }
        // What the schema accepts, the screen's models, CSV and search must handle.
        const models = allFigureModels(result.briefing);
        models.forEach((m) => expect(figureCsv(m).startsWith('\uFEFF')).toBe(true));
        search(result.briefing, buildSearchIndex(result.briefing), 'x');
      }),
      { numRuns: 400, seed: 20261129 }
    );
  });

  it('that the schema accepts also export to PDF without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, fc.constantFrom<'briefing' | 'handout'>('briefing', 'handout'), async ([p, op, v], kind) => {
        const result = validateBriefing(mutate(example as Json, p, op, v));
        if (!result.ok) return;
        const pdf = await buildPdf(result.briefing, { kind, paper: 'a4' }, { fontDir });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      }),
      { numRuns: 25, seed: 7 }
    );
  }, 60_000);
});
