import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Briefing } from './schema';
import { formatProblems, jsonPath, validateBriefing } from './validate';

const root = join(__dirname, '..', '..', '..');
const read = (rel: string): unknown => JSON.parse(readFileSync(join(root, rel), 'utf8'));
const example = (): Briefing => structuredClone(read('examples/minimal-briefing.json')) as Briefing;

function problemsOf(data: unknown): string[] {
  const r = validateBriefing(data);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('validateBriefing', () => {
  it('accepts the embedded default dataset and the documented example', () => {
    for (const file of ['resources/briefing.json', 'examples/minimal-briefing.json']) {
      const r = validateBriefing(read(file));
      expect(r.ok ? 'valid' : formatProblems(r.problems)).toBe('valid');
    }
  });

  it('names the JSON path of a wrong type', () => {
    const b = example() as unknown as { sections: { keyFigures: { value: unknown }[] }[] };
    b.sections[0].keyFigures[0].value = '200';
    expect(problemsOf(b)).toEqual([expect.stringMatching(/^\$\.sections\[0\]\.keyFigures\[0\]\.value: .*number/)]);
  });

  it('rejects a missing required field and an unknown field', () => {
    const b = example() as unknown as Record<string, unknown>;
    delete b.title;
    b.titel = 'typo';
    const problems = problemsOf(b);
    expect(problems).toContainEqual(expect.stringMatching(/^\$\.title: /));
    expect(problems).toContainEqual('$: unknown field "titel"');
  });

  it('refuses a fact resting only on weak sources, and accepts it beside a stronger one', () => {
    const b = example();
    const fact = b.sections[0].facts![0];
    const [first] = fact.sources;
    b.sources.find((s) => s.id === first)!.strength = 'weak';
    fact.sources = [first];
    expect(problemsOf(b)).toContainEqual(expect.stringMatching(/^\$\.sections\[0\]\.facts\[0\]\.sources: rests only on weak sources/));
    b.sources.push({ id: 'stronger-source', title: 'A stronger source', publisher: 'Example Institute' });
    fact.sources = [first, 'stronger-source'];
    // The example's other statements cite only that source too, so they are still refused; this fact no longer is.
    expect(problemsOf(b).filter((p) => p.startsWith('$.sections[0].facts[0]'))).toEqual([]);
  });

  it('rejects a starting article (basedOn) that is not among the sources', () => {
    const b = example();
    b.basedOn = 'no-such-article';
    expect(problemsOf(b)).toEqual(['$.basedOn: refers to source "no-such-article", which is not in $.sources']);
  });

  it('requires the sources of a number stated in a figure note, and of every timeline event', () => {
    const b = example();
    const fig = b.sections[0].figures[0];
    fig.note = 'Counts before 2021 were revised by 3%.';
    expect(problemsOf(b)).toEqual([
      '$.sections[0].figures[0].noteSources: the note states a number ("2021") but names no source for it: add "noteSources" with the ids of the sources it comes from'
    ]);
    fig.noteSources = ['no-such-source'];
    expect(problemsOf(b)).toEqual([
      '$.sections[0].figures[0].noteSources[0]: refers to source "no-such-source", which is not in $.sources'
    ]);
    fig.noteSources = ['example-source'];
    fig.note = 'A note without any number is fine without sources.';
    delete fig.noteSources;
    expect(validateBriefing(b).ok).toBe(true);

    const timeline = example();
    timeline.sections[0].figures.push({
      id: 'events',
      kind: 'timeline',
      title: 'Events',
      unit: '',
      sources: ['example-source'],
      events: [{ date: '2024-01', label: 'Launch', detail: '200 widgets shipped' } as never]
    });
    expect(problemsOf(timeline)).toEqual([expect.stringMatching(/^\$\.sections\[0\]\.figures\[1\]\.events\[0\]\.sources: /)]);
  });

  it('rejects a reference to a source that does not exist', () => {
    const b = example();
    b.sections[0].figures[0].sources = ['nowhere'];
    expect(problemsOf(b)).toEqual(['$.sections[0].figures[0].sources[0]: refers to source "nowhere", which is not in $.sources']);
  });

  it('rejects duplicate ids', () => {
    const b = example();
    b.sources.push({ ...b.sources[0] });
    b.sections.push({ ...structuredClone(b.sections[0]) });
    const problems = problemsOf(b);
    expect(problems).toContainEqual('$.sources[1].id: duplicate source id "example-source"');
    expect(problems).toContainEqual('$.sections[1].id: duplicate section id "overview"');
    expect(problems).toContainEqual(expect.stringContaining('$.sections[1].figures[0].id: duplicate figure id "widgets-by-year"'));
  });

  it('rejects a series whose length differs from its labels', () => {
    const b = example();
    const fig = b.sections[0].figures[0];
    if (fig.kind === 'timeline') throw new Error('fixture changed');
    fig.series[0].values.pop();
    expect(problemsOf(b)).toEqual(['$.sections[0].figures[0].series[0].values: has 3 values but the figure has 4 labels']);
  });

  it('rejects dates that do not exist and unknown figure kinds', () => {
    const b = example() as unknown as { asOf: string; sections: { figures: { kind: string }[] }[] };
    b.asOf = '2023-02-29';
    b.sections[0].figures[0].kind = 'radar';
    const problems = problemsOf(b);
    expect(problems).toContainEqual('$.asOf: is not a real calendar date (years 1900–2100)');
    expect(problems).toContainEqual(expect.stringMatching(/^\$\.sections\[0\]\.figures\[0\](\.kind)?: .*kind/));
  });

  it('accepts leap days that exist', () => {
    const b = example();
    b.asOf = '2024-02-29';
    expect(validateBriefing(b).ok).toBe(true);
  });
});

describe('the default dataset', () => {
  const b = read('resources/briefing.json') as Briefing;

  it('credits the seed article as its first source, with publisher and author', () => {
    expect(b.sources[0]).toMatchObject({ publisher: 'Asian Insiders', author: 'Hannes Humala' });
  });

  it('has the sections the briefing promises', () => {
    expect(b.sections.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'overview',
        'government',
        'startups',
        'compute',
        'conglomerates',
        'patents',
        'semiconductors',
        'talent-investment',
        'outlook'
      ])
    );
    for (const s of b.sections) {
      expect(s.summary.length, s.id).toBeGreaterThan(20);
      expect(s.takeaways.length, s.id).toBeGreaterThan(0);
      expect(s.body.length, s.id).toBeGreaterThan(0);
    }
  });

  it('has the figures the first issue asks for', () => {
    const ids = b.sections.flatMap((s) => s.figures.map((f) => f.id));
    expect(ids).toEqual(
      expect.arrayContaining(['policy-timeline', 'samsung-ai-centres', 'patents-ml-share', 'chip-export-share', 'innovation-hub'])
    );
  });
});

describe('jsonPath', () => {
  it('writes keys, indexes and odd keys', () => {
    expect(jsonPath(['sections', 2, 'title'])).toBe('$.sections[2].title');
    expect(jsonPath(['a b'])).toBe('$["a b"]');
    expect(jsonPath([])).toBe('$');
  });
});
