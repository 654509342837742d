import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatValue } from '../../shared/briefing/figures';
import { keyFiguresWithIds } from '../../shared/briefing/key-figures';
import { isAmountUnit } from '../../shared/i18n/amounts';
import { localize } from '../../shared/briefing/localize';
import type { Briefing, KeyFigure } from '../../shared/briefing/schema';
import { validateBriefing } from '../../shared/briefing/validate';
import { PDF_MESSAGES } from '../../shared/i18n/pdf';
import { buildPdf, buildPdfReport } from './index';
import { splitsKoreanWord } from './hangul-breaks';
import { richBriefing } from './testing/fixtures';
import { fullyTranslated, hangulShare, koreanWords, splitKoreanWords, statedValues } from './testing/korean';
import { objectText, readPdf, squash, type ParsedPdf } from './testing/pdf-reader';

const fontDir = fileURLToPath(new URL('../../../resources/fonts', import.meta.url));
const now = new Date('2026-06-30T12:00:00Z');

function defaultBriefing(): Briefing {
  const result = validateBriefing(
    JSON.parse(readFileSync(fileURLToPath(new URL('../../../resources/briefing.json', import.meta.url)), 'utf8'))
  );
  if (!result.ok) throw new Error('default briefing does not validate');
  return result.briefing;
}

const allText = (pdf: ParsedPdf): string => pdf.pages.map((p) => p.text).join('\n');
/** Text without its spaces and line breaks: a tile's value may wrap, and "47조 2,000억 원" may break at a space. */
const unspaced = (text: string): string => text.replace(/\s+/g, '');

describe('Korean line breaking (keep-all)', () => {
  it('refuses a break inside a Hangul word and keeps those at spaces, dashes and in English', () => {
    expect(splitsKoreanWord('반도체를 만든다', 2)).toBe(true);
    expect(splitsKoreanWord('반도체(DRAM)', 3)).toBe(true);
    expect(splitsKoreanWord('2019년 12월', 4)).toBe(true);
    expect(splitsKoreanWord('반도체를 만든다', 5)).toBe(false);
    expect(splitsKoreanWord('반도체—메모리', 4)).toBe(false);
    expect(splitsKoreanWord('memory chips', 7)).toBe(false);
  });
});

describe('a Korean briefing (fully translated fixture)', () => {
  const english = richBriefing();
  const translated = fullyTranslated(english);
  let en: ParsedPdf;
  let ko: ParsedPdf;
  let koBytes: Buffer;
  beforeAll(async () => {
    en = await readPdf(await buildPdf(translated, { kind: 'briefing', paper: 'a4' }, { fontDir, now }));
    koBytes = await buildPdf(translated, { kind: 'briefing', paper: 'a4', lang: 'ko' }, { fontDir, now });
    ko = await readPdf(koBytes);
  });

  it('is mostly Hangul, where the English edition has none', () => {
    expect(hangulShare(allText(ko))).toBeGreaterThan(0.75);
    expect(hangulShare(allText(en))).toBeLessThan(0.05);
  });

  it('states exactly the numbers of the English edition, amounts in Korean myriads', () => {
    expect(statedValues(allText(ko), 'ko')).toEqual(statedValues(allText(en), 'en'));
  });

  it('sets its own words in Korean: contents, sources, figure captions, page footers', () => {
    const text = squash(allText(ko));
    const t = PDF_MESSAGES.ko;
    for (const word of [t.contents, t.sources, t.figureCaption(1, ''), t.page(2, ko.pages.length)]) expect(text).toContain(word.trim());
    for (const word of ['Contents', 'Figure 1', 'Page 2 of']) expect(text).not.toContain(word);
  });

  it('never breaks a Korean word across two lines', () => {
    const words = koreanWords(translated);
    expect(words.size).toBeGreaterThan(100);
    expect(splitKoreanWords(ko, words)).toEqual([]);
  });

  it('says it is Korean in the catalog (/Lang) and the English edition says English', async () => {
    expect(objectText(koBytes)).toMatch(/\/Lang \(ko\)/);
    expect(objectText(await buildPdf(translated, { kind: 'briefing', paper: 'a4' }, { fontDir, now }))).not.toMatch(/\/Lang \(ko\)/);
  });
});

describe('Korean handouts of the default dataset', () => {
  const briefing = defaultBriefing();

  for (const paper of ['a4', 'letter'] as const) {
    it(`the Korean handout is one page on ${paper}, nothing under 7 pt, no word split`, async () => {
      const pdf = await readPdf(await buildPdf(briefing, { kind: 'handout', paper, lang: 'ko' }, { fontDir, now }));
      expect(pdf.pages).toHaveLength(1);
      expect(Math.min(...pdf.pages[0].items.map((i) => i.size))).toBeGreaterThanOrEqual(6.99);
      expect(squash(pdf.pages[0].text)).toContain(PDF_MESSAGES.ko.keyNumbers);
      expect(splitKoreanWords(pdf, koreanWords(briefing))).toEqual([]);
    });
  }

  it('the fully translated handout is one page too, and mostly Hangul', async () => {
    const pdf = await readPdf(await buildPdf(fullyTranslated(briefing), { kind: 'handout', paper: 'a4', lang: 'ko' }, { fontDir, now }));
    expect(pdf.pages).toHaveLength(1);
    expect(hangulShare(pdf.pages[0].text)).toBeGreaterThan(0.6);
  });

  it('the bilingual sheet is two pages: English, then the same handout in Korean', async () => {
    const translated = fullyTranslated(briefing);
    const report = await buildPdfReport(translated, { kind: 'handout', paper: 'a4', bilingual: true }, { fontDir, now });
    const pdf = await readPdf(report.bytes);
    expect(report.pages).toBe(2);
    expect(pdf.pages).toHaveLength(2);
    expect(hangulShare(pdf.pages[0].text)).toBeLessThan(0.1);
    expect(hangulShare(pdf.pages[1].text)).toBeGreaterThan(0.6);
    expect(squash(pdf.pages[0].text)).toContain(PDF_MESSAGES.en.keyNumbers.toUpperCase());
    expect(squash(pdf.pages[1].text)).toContain(PDF_MESSAGES.ko.keyNumbers);
    // The same key numbers on both sides, each written as its side's language writes it ("KRW 47.2 tn", "47조 2,000억 원").
    // (The Korean side's units are the Korean edition's: "위" for "rank".)
    const figuresIn = (b: Briefing): Map<string, KeyFigure> =>
      new Map(b.sections.flatMap((s) => keyFiguresWithIds(s)).map((k) => [k.id, k.figure]));
    const [enFigures, koFigures] = [figuresIn(translated), figuresIn(localize(translated, 'ko'))];
    const placed = report.placed?.numbers ?? [];
    expect(placed.length).toBeGreaterThan(3);
    for (const id of placed) {
      const [en, ko] = [enFigures.get(id)!, koFigures.get(id)!];
      expect(unspaced(pdf.pages[0].text), id).toContain(unspaced(formatValue(en.value, en.unit, 'en')));
      expect(unspaced(pdf.pages[1].text), id).toContain(unspaced(formatValue(ko.value, ko.unit, 'ko')));
    }
    // The document is English; its Korean side says it is Korean.
    const objects = objectText(report.bytes);
    expect(objects).toMatch(/\/Lang \(en\)/);
    expect(objects).toMatch(/\/Lang \(ko\)/);
  });

  it('refuses a bilingual briefing and a bilingual handout with a back page, saying why', async () => {
    await expect(buildPdf(briefing, { kind: 'briefing', paper: 'a4', bilingual: true }, { fontDir })).rejects.toThrow(/handout/);
    await expect(buildPdf(briefing, { kind: 'handout', paper: 'a4', bilingual: true, backPage: true }, { fontDir })).rejects.toThrow(
      /back page/
    );
  });
});

describe('the Korean briefing of the default dataset, however much of it is translated', () => {
  it('prints every key figure the English one prints, and splits no Korean word', async () => {
    const briefing = defaultBriefing();
    // The first three, the chips and the conglomerates (whose "more than" is "이상" after the number in Korean).
    const chosen = [...new Set([...briefing.sections.slice(0, 3).map((s) => s.id), 'semiconductors', 'conglomerates'])];
    const [en, ko] = await Promise.all(
      (['en', 'ko'] as const).map(async (lang) =>
        readPdf(await buildPdf(briefing, { kind: 'briefing', paper: 'a4', sections: chosen, lang }, { fontDir, now }))
      )
    );
    const figuresOf = (b: Briefing): KeyFigure[] => b.sections.filter((s) => chosen.includes(s.id)).flatMap((s) => s.keyFigures);
    const [enFigures, koFigures] = [figuresOf(briefing), figuresOf(localize(briefing, 'ko'))];
    const koText = unspaced(allText(ko));
    const enText = unspaced(allText(en));
    expect(enFigures.some((k) => isAmountUnit(k.unit))).toBe(true);
    expect(enFigures.some((k) => k.qualifier === 'more than')).toBe(true);
    enFigures.forEach((k, i) => {
      const inKorean = koFigures[i];
      const koValue = formatValue(inKorean.value, inKorean.unit, 'ko');
      expect(enText, k.label).toContain(unspaced(formatValue(k.value, k.unit, 'en')));
      expect(koText, k.label).toContain(unspaced(k.qualifier === 'more than' ? `${koValue} 이상` : koValue));
    });
    expect(splitKoreanWords(ko, koreanWords(briefing))).toEqual([]);
  });
});
