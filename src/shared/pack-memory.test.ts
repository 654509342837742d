import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Briefing } from './briefing/schema';
import { validateBriefing } from './briefing/validate';
import { MAX_REMEMBERED_PACKS, rememberPack, trimPack } from './pack-memory';
import { settingsSchema } from './settings';

const result = validateBriefing(JSON.parse(readFileSync(join(__dirname, '..', '..', 'resources', 'briefing.json'), 'utf8')));
if (!result.ok) throw new Error('default briefing does not validate');
const briefing: Briefing = result.briefing;
const chips = briefing.sections.find((s) => s.id === 'semiconductors')!;

describe('a pack remembered for a briefing', () => {
  it('is kept as it was when the briefing still has everything it names', () => {
    const pack = {
      kind: 'handout' as const,
      paper: 'letter' as const,
      sections: ['semiconductors', 'government'],
      title: 'Chips',
      handoutFigures: [chips.figures[0].id],
      includeNotes: true,
      backPage: true
    };
    expect(trimPack(pack, briefing)).toEqual({ request: { ...pack, company: undefined, handoutNumbers: undefined }, dropped: [] });
  });

  it('drops the ids the briefing no longer has, with a notice, never an error', () => {
    const { request, dropped } = trimPack(
      {
        kind: 'company',
        paper: 'a4',
        company: 'gone-corp',
        sections: ['mars', 'semiconductors', 'semiconductors'],
        handoutFigures: ['no-such-figure', chips.figures[0].id],
        handoutNumbers: ['mars-kf-1']
      },
      briefing
    );
    expect(request).toMatchObject({
      kind: 'briefing',
      company: undefined,
      sections: ['semiconductors'],
      handoutFigures: [chips.figures[0].id],
      handoutNumbers: []
    });
    expect(dropped).toEqual([
      'sections “mars”',
      'handout figures “no-such-figure”',
      'handout numbers “mars-kf-1”',
      'the company profile “gone-corp”'
    ]);
    // Nothing left of the sections: the whole briefing.
    expect(trimPack({ kind: 'briefing', paper: 'a4', sections: ['mars'] }, briefing).request.sections).toBeUndefined();
  });

  it('is kept per briefing id, newest first, without the notes text, up to a limit; settings read it back', () => {
    let packs = {};
    for (let i = 0; i < MAX_REMEMBERED_PACKS + 5; i++)
      packs = rememberPack(packs, `b${i}`, { kind: 'briefing', paper: 'a4', title: `T${i}` });
    packs = rememberPack(packs, 'b3', { kind: 'handout', paper: 'a4', notes: { x: 'secret' }, includeNotes: true });
    expect(Object.keys(packs)).toHaveLength(MAX_REMEMBERED_PACKS);
    expect(Object.keys(packs)[0]).toBe('b3');
    expect(packs).not.toHaveProperty('b0');
    const settings = settingsSchema.parse({ packs });
    expect(settings.packs.b3).toEqual({ kind: 'handout', paper: 'a4', includeNotes: true });
    expect(settingsSchema.parse({}).packs).toEqual({});
  });

  it('one pack the settings cannot read is dropped alone; the other briefings keep theirs', () => {
    const good = { kind: 'briefing', paper: 'a4', sections: ['semiconductors'] };
    const settings = settingsSchema.parse({ packs: { b1: good, b2: { kind: 'poster', paper: 'a4' }, b3: good }, theme: 'dark' });
    expect(settings.packs).toEqual({ b1: good, b3: good });
    expect(settings.theme).toBe('dark');
    expect(settingsSchema.parse({ packs: 'nonsense' }).packs).toEqual({});
  });
});
