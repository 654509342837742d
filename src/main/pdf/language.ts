import { pdfMessages, type PdfLang, type PdfMessages } from '../../shared/i18n/pdf';
import type { TextStyle } from './theme';

/*
 * The language a document is being set in, kept per pdfkit document: the parts that only get the document
 * (charts, text measuring) read it here; the rest of the layout reads the same from DocContext. A bilingual
 * handout switches it between its two sides.
 */

const languages = new WeakMap<PDFKit.PDFDocument, PdfLang>();

/** Sets the language of what is laid out next in this document. */
export function setDocLanguage(doc: PDFKit.PDFDocument, lang: PdfLang): void {
  languages.set(doc, lang);
}

/** The language being set in this document (English unless set). */
export function docLanguage(doc: PDFKit.PDFDocument): PdfLang {
  return languages.get(doc) ?? 'en';
}

/** The PDF's own words in the document's current language. */
export function docMessages(doc: PDFKit.PDFDocument): PdfMessages {
  return pdfMessages(docLanguage(doc));
}

/**
 * Extra leading for Korean, as a share of the type size. Hangul syllables fill the whole em square, where Latin
 * lower case leaves room above and below: at the English line gaps (1.3–1.4 em line to line) Korean lines look
 * crowded. A fifth of an em more gives the 1.5–1.6 em Korean text is usually set at.
 */
const HANGUL_EXTRA_LEADING = 0.2;

/** The line gap a style gets in the document's current language. */
export function lineGapIn(doc: PDFKit.PDFDocument, style: Pick<TextStyle, 'size' | 'lineGap'>): number {
  return docLanguage(doc) === 'ko' ? style.lineGap + Math.round(style.size * HANGUL_EXTRA_LEADING * 100) / 100 : style.lineGap;
}

/**
 * Letter spacing for a style: the small upper-case labels are spaced out for Latin capitals; Hangul has no
 * capitals and spaced-out syllables read as separate words, so Korean labels are set solid.
 */
export function letterSpacingIn(doc: PDFKit.PDFDocument, style: Pick<TextStyle, 'characterSpacing'>): number {
  return docLanguage(doc) === 'ko' ? 0 : (style.characterSpacing ?? 0);
}
