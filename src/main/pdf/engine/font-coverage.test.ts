import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../app-core';
import { validateCommand } from '../../cli';
import { ALWAYS_DRAWN, exportWarnings, findUndrawable, openNotice, undrawableInExport, undrawableWarnings } from './font-coverage';
import { FONTS } from '../theme';

const root = join(__dirname, '..', '..', '..', '..');
const resourcesDir = join(root, 'resources');
const fontDir = join(resourcesDir, 'fonts');
const fixture = join(__dirname, '..', 'testing', 'han-ideographs-briefing.json');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('characters the PDF typeface cannot draw', () => {
  it('are named with their code points and JSON paths: ideographs in the text, a translation and the glossary, not kana', () => {
    expect(undrawableWarnings(findUndrawable(readJson(fixture), fontDir))).toEqual([
      {
        path: '$.sections[0].body[0].translations.ko.text',
        message: '2 characters the PDF typeface cannot draw: 漢 (U+6F22), 字 (U+5B57); a PDF shows them as empty boxes'
      },
      {
        path: '$.sections[0].facts[0].text',
        message: '2 characters the PDF typeface cannot draw: 東 (U+6771), 京 (U+4EAC); a PDF shows them as empty boxes'
      },
      {
        path: '$.glossary[0].explanation',
        message: '2 characters the PDF typeface cannot draw: 北 (U+5317), 京 (U+4EAC); a PDF shows them as empty boxes'
      }
    ]);
  });

  it('finds none in the default briefing or the example', () => {
    expect(findUndrawable(readJson(join(resourcesDir, 'briefing.json')), fontDir)).toEqual([]);
    expect(findUndrawable(readJson(join(root, 'examples', 'minimal-briefing.json')), fontDir)).toEqual([]);
  });

  it('says when decomposed Hangul is the cause, and names a character beyond the basic plane once', () => {
    const [nfd] = undrawableWarnings(findUndrawable({ text: '반도체'.normalize('NFD') }, fontDir));
    expect(nfd.message).toMatch(/^7 characters .*: ᄇ \(U\+1107\), .*decomposed Hangul: store the text composed, as NFC/);
    expect(findUndrawable({ a: ['ok', '𠀀 and 𠀀'] }, fontDir)).toEqual([{ path: '$.a[1]', characters: ['𠀀'] }]);
  });

  it('leaves nothing out that a bundled font does not draw, whatever is known without opening the fonts', () => {
    const fonts = Object.values(FONTS).map((name) => create(readFileSync(join(fontDir, `${name}.ttf`))) as Font);
    const undrawn: string[] = [];
    for (const [from, to] of ALWAYS_DRAWN)
      for (let cp = from; cp <= to; cp++) if (!fonts.every((f) => f.hasGlyphForCodePoint(cp))) undrawn.push(cp.toString(16));
    expect(undrawn).toEqual([]);
  });

  it('in an export: only the sections it prints, translations only in Korean, the first few with a count of the rest', () => {
    const found = [
      { path: '$.sections[0].facts[0].text', characters: ['東'] },
      { path: '$.sections[1].body[0].translations.ko.text', characters: ['漢'] },
      { path: '$.glossary[0].explanation', characters: ['北'] }
    ];
    const ids = ['a', 'b'];
    expect(undrawableInExport(found, ids, {}).map((u) => u.path)).toEqual(['$.sections[0].facts[0].text', '$.glossary[0].explanation']);
    expect(undrawableInExport(found, ids, { sections: ['b'], lang: 'ko' }).map((u) => u.path)).toEqual([
      '$.sections[1].body[0].translations.ko.text',
      '$.glossary[0].explanation'
    ]);
    const many = Array.from({ length: 7 }, (_, i) => ({ path: `$.glossary[${i}].explanation`, characters: ['東'] }));
    expect(exportWarnings(many).slice(-2)).toEqual([
      '$.glossary[4].explanation: 1 character the PDF typeface cannot draw: 東 (U+6771); a PDF shows it as empty boxes',
      '2 more texts with characters the PDF typeface cannot draw (npm run validate lists all)'
    ]);
  });
});

describe('where the reader is told', () => {
  it('npm run validate prints them as warnings and exits 0', async () => {
    const lines: string[] = [];
    expect(await validateCommand([fixture], (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n').split('\n')).toContain(
      '$.sections[0].facts[0].text: 2 characters the PDF typeface cannot draw: 東 (U+6771), 京 (U+4EAC); a PDF shows them as empty boxes'
    );
    const clean: string[] = [];
    await validateCommand([join(root, 'examples', 'minimal-briefing.json')], (l) => clean.push(l));
    expect(clean.join('\n')).not.toContain('cannot draw');
  });

  it('the app has a notice for them when the dataset opens, none for the default briefing', async () => {
    const dialogs = { chooseDatasetToOpen: async () => null, chooseSavePath: async () => null };
    const app = await createAppCore({ resourcesDir, dialogs });
    expect(app.store.current.undrawable).toBeUndefined();
    const opened = await app.openDataset(fixture);
    expect(opened.ok && opened.value.undrawable).toBe(
      '3 texts of this briefing hold characters the PDF typeface cannot draw (漢 字 東 京 北), first at $.sections[0].facts[0].text: a PDF shows them as empty boxes.'
    );
    expect((await createAppCore({ resourcesDir, dialogs, datasetPath: fixture })).store.current.undrawable).toContain('東 京');
    expect(openNotice([])).toBeUndefined();
  });

  it('the export of the fixture reports them among its warnings (English: not the Korean translation)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'font-coverage-')), 'han.pdf');
    writeFileSync(out, '');
    const app = await createAppCore({
      resourcesDir,
      datasetPath: fixture,
      dialogs: { chooseDatasetToOpen: async () => null, chooseSavePath: async () => out }
    });
    const done = await app.services.exportPdf({ kind: 'briefing', paper: 'a4' });
    expect(done.ok && done.value.warnings).toEqual([
      '$.sections[0].facts[0].text: 2 characters the PDF typeface cannot draw: 東 (U+6771), 京 (U+4EAC); a PDF shows them as empty boxes',
      '$.glossary[0].explanation: 2 characters the PDF typeface cannot draw: 北 (U+5317), 京 (U+4EAC); a PDF shows them as empty boxes'
    ]);
  });
});
