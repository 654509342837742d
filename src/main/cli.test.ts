import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingJsonSchema } from '../../scripts/write-json-schema';
import { readNotesFile, validateCommand } from './cli';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'cli-test-'));

async function run(file: string): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await validateCommand([file], (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

describe('npm run validate', () => {
  it('exits 0 with a one-line summary for a valid dataset', async () => {
    const { code, out } = await run(join(root, 'examples', 'minimal-briefing.json'));
    expect(code).toBe(0);
    expect(out).toMatch(/minimal-briefing\.json: valid — 1 sections, 1 figures, 1 sources$/);
  });

  it('exits 1 and lists every problem with its path', async () => {
    const b = JSON.parse(readFileSync(join(root, 'examples', 'minimal-briefing.json'), 'utf8'));
    b.asOf = '2024-02-31';
    b.sections[0].takeaways[0].sources = ['ghost'];
    const file = join(dir, 'two-problems.json');
    writeFileSync(file, JSON.stringify(b, null, 2));
    const { code, out } = await run(file);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([`${file}: 1 problem`, '$.asOf: is not a real calendar date (years 1900–2100)']);
    b.asOf = '2024-02-29';
    writeFileSync(file, JSON.stringify(b, null, 2));
    const second = await run(file);
    expect(second.out).toContain('$.sections[0].takeaways[0].sources[0]: refers to source "ghost", which is not in $.sources');
  });

  it('exits 1 on the default dataset with a timeline event or a numeric figure note stripped of its sources', async () => {
    const b = JSON.parse(readFileSync(join(root, 'resources', 'briefing.json'), 'utf8'));
    expect((await run(join(root, 'resources', 'briefing.json'))).code).toBe(0);
    const timeline = b.sections[1].figures[0];
    delete timeline.events[0].sources;
    const noted = b.sections[1].figures[1];
    delete noted.noteSources;
    const file = join(dir, 'unsourced.json');
    writeFileSync(file, JSON.stringify(b, null, 2));
    const { code, out } = await run(file);
    expect(code).toBe(1);
    expect(out).toContain('$.sections[1].figures[0].events[0].sources:');
    // The schema's problem comes first; the note's is found once the event is fixed.
    timeline.events[0].sources = ['asian-insiders-2024'];
    writeFileSync(file, JSON.stringify(b, null, 2));
    const second = await run(file);
    expect(second.code).toBe(1);
    expect(second.out).toContain('$.sections[1].figures[1].noteSources: the note states a number');
  });

  it('gives the line and column of a syntax error', async () => {
    const file = join(dir, 'syntax.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "title": "x",,\n}');
    const { code, out } = await run(file);
    expect(code).toBe(1);
    expect(out).toContain('$: JSON syntax error at line 3, column 16');
  });

  it('prints usage and exits 2 without exactly one file', async () => {
    const lines: string[] = [];
    expect(await validateCommand([], (l) => lines.push(l))).toBe(2);
    expect(lines.join('\n')).toContain('Usage:');
  });
});

describe('the committed JSON Schema', () => {
  it('is what `npm run schema` generates from the zod schema today', () => {
    const committed = JSON.parse(readFileSync(join(root, 'docs', 'briefing.schema.json'), 'utf8'));
    expect(committed).toEqual(briefingJsonSchema());
  });
});

describe('the --notes file', () => {
  it('reads a bare object or one under "notes", and says what is wrong with any other', async () => {
    const file = join(dir, 'notes.json');
    writeFileSync(file, JSON.stringify({ semiconductors: 'Ask about HBM.\n\n- one\n- two' }));
    expect(await readNotesFile(file)).toEqual({ semiconductors: 'Ask about HBM.\n\n- one\n- two' });
    writeFileSync(file, JSON.stringify({ version: 1, notes: { overview: 'x' } }));
    expect(await readNotesFile(file)).toEqual({ overview: 'x' });
    writeFileSync(file, JSON.stringify({ overview: 3 }));
    await expect(readNotesFile(file)).rejects.toThrow('the notes for "overview" must be text');
    writeFileSync(file, '["x"]');
    await expect(readNotesFile(file)).rejects.toThrow('must hold a JSON object mapping section ids to text');
    writeFileSync(file, '{');
    await expect(readNotesFile(file)).rejects.toThrow(/it is not valid JSON/);
  });
});
