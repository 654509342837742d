import { localize } from '../../../shared/briefing/localize';
import type { Briefing } from '../../../shared/briefing/schema';
import { translationSites, unitsOf } from '../../../shared/briefing/translation-sites';
import { englishNumbers, koreanNumbers } from '../../../shared/briefing/translation-numbers';
import type { ParsedPdf } from './pdf-reader';

/*
 * Test helpers for Korean PDFs: a fully translated fixture (whatever the real dataset's translation has reached),
 * the numbers and the Hangul share of a PDF's text, and the words split across two lines.
 */

/** A Hangul syllable. */
export const HANGUL = /[\uac00-\ud7a3]/u;

/**
 * A stand-in Korean word for an English one: Hangul syllables, about one for every two letters (Korean words are
 * short), chosen from the letters so the same word always gets the same stand-in. Digits and punctuation are left
 * as they are: the translation carries exactly the original's numbers.
 */
function standIn(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i += 2) {
    const code = (word.charCodeAt(i) * 31 + (word.charCodeAt(i + 1) || 7) * 17 + i) % 11172;
    out += String.fromCharCode(0xac00 + code);
  }
  return out;
}

/** A pseudo-translation of English prose: every Latin word replaced by its stand-in, URLs and numbers kept. Pure. */
export function pseudoKorean(text: string): string {
  return text
    .split(/(\s+)/)
    .map((token) => (/^https?:/.test(token) ? token : token.replace(/[A-Za-z]+/g, standIn)))
    .join('');
}

/** A copy of the briefing with a (pseudo-)Korean version of every translatable string, as a fully translated dataset has. */
export function fullyTranslated(briefing: Briefing): Briefing {
  const copy = structuredClone(briefing);
  for (const site of translationSites(copy)) {
    const owner = site.owner as { translations?: { ko?: Record<string, unknown> } };
    for (const unit of unitsOf(site)) {
      owner.translations ??= {};
      const ko = (owner.translations.ko ??= {});
      if (unit.index === undefined) ko[unit.field] = pseudoKorean(unit.source);
      else ((ko[unit.field] ??= []) as string[])[unit.index] = pseudoKorean(unit.source);
    }
  }
  copy.glossary?.forEach((g) => (g.ko ??= pseudoKorean(g.term)));
  copy.companies?.forEach((c) => (c.nameKo ??= pseudoKorean(c.name)));
  return copy;
}

/** Share of the letters of a text that are Hangul (Latin letters being the rest). */
export function hangulShare(text: string): number {
  const hangul = (text.match(/[\uac00-\ud7a3]/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return hangul + latin === 0 ? 0 : hangul / (hangul + latin);
}

/**
 * The values a PDF's text states that say something: decimals and values of 100 or more (amounts, years, source
 * numbers), read by the dataset's translation check (shared/briefing/translation-numbers.ts), so "USD 1.33 bn" and
 * "13억 3,000만 달러" are the same 1,330,000,000. Page numbers and months are left out: they differ between the
 * editions by design. Sorted, as a multiset of strings.
 */
export function statedValues(text: string, lang: 'en' | 'ko'): string[] {
  // A Korean short date (2024.12, 2023.3.3) is its year, as "Dec 2024" is.
  const values = lang === 'ko' ? koreanNumbers(text.replace(/\b(\d{4})\.\d{1,2}(?:\.\d{1,2})?\b/g, '$1')) : englishNumbers(text);
  return values
    .filter((v) => v >= 100 || !Number.isInteger(v))
    .map((v) => String(Math.round(v * 1e6) / 1e6))
    .sort();
}

/**
 * Places where the PDF breaks a Korean word across two lines: a line that ends inside a word (no space after
 * its last character, a Hangul syllable) and whose next line goes on with the rest of that word, as the
 * briefing's own words show (`words`: every whitespace-separated word of the document's Korean text).
 */
export function splitKoreanWords(pdf: ParsedPdf, words: ReadonlySet<string>): string[] {
  const out: string[] = [];
  pdf.pages.forEach((page, p) => {
    const lines = page.text.split('\n');
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i];
      if (line === '' || /\s$/.test(line) || !HANGUL.test(line[line.length - 1])) continue;
      const tail = line.split(/\s+/).pop() ?? '';
      const head = lines[i + 1].trimStart().split(/\s+/)[0] ?? '';
      if (head && words.has(tail + head)) out.push(`page ${p + 1}: "${tail}" | "${head}"`);
    }
  });
  return out;
}

/** Every word of the Korean edition's prose (localize, translated strings only), for splitKoreanWords. */
export function koreanWords(briefing: Briefing): Set<string> {
  const korean = localize(briefing, 'ko');
  const words = new Set<string>();
  for (const site of translationSites(korean))
    for (const unit of unitsOf(site)) if (HANGUL.test(unit.source)) for (const w of unit.source.split(/\s+/)) words.add(w);
  for (const g of korean.glossary ?? []) for (const w of (g.ko ?? '').split(/\s+/)) words.add(w);
  return words;
}
