import type { FactCheck } from '../briefing/schema';
import type { ClaimTally } from '../briefing/verdicts';
import { CHECK_VERDICT_LABEL, tallySentence } from '../briefing/verdicts';
import { readableDate, shortDate } from '../briefing/dates';

/**
 * The PDF's own words (labels, headings, footers), in each language a PDF can be printed in. The dataset's
 * prose comes translated from the dataset itself (localize.ts); this table holds only what the PDF adds.
 * `ko` is typed as `PdfMessages`, so a key missing from it, or one of the wrong shape, fails the typecheck.
 */

/** The languages a PDF can be printed in. */
export type PdfLang = 'en' | 'ko';

export interface PdfMessages {
  /** BCP 47 tag for the PDF's /Lang and the structure tree. */
  tag: string;
  /** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for reading, and short where room is scarce (timelines). */
  date(iso: string): string;
  shortDate(iso: string): string;
  contents: string;
  glossary: string;
  sources: string;
  sourcesIntro: string;
  /** The small label above a section's title. */
  sectionNumber(n: number): string;
  keyFigures: string;
  takeaways: string;
  articleHoldsUp: string;
  analysis: string;
  factsAndChecks: string;
  /** "As of 30 June 2026" — given the formatted date. */
  asOf(date: string): string;
  /** After a fact's text: " (as of 30 June 2026)". */
  asOfAside(date: string): string;
  articleClaimUnchecked: string;
  checkVerdict: Record<FactCheck['verdict'], string>;
  /** How a check is introduced: "Fact check — Confirmed". */
  checkHeading(verdict: FactCheck['verdict']): string;
  tally(tally: ClaimTally, articleTitle: string): string | null;
  figureCaption(n: number, title: string): string;
  /** "Source" or "Sources", before a figure's source line. */
  sourceLead(count: number): string;
  note: string;
  weakSource: string;
  accessed(date: string): string;
  accessedAlone(date: string): string;
  meeting: string;
  preparedFor: string;
  preparedBy: string;
  briefing: string;
  /** "5 sections  ·  12 figures  ·  80 sources" on the cover. */
  coverCounts(sections: number, figures: number, sources: number): string;
  page(n: number, of: number): string;
  handout: string;
  handoutBack: string;
  keyNumbers: string;
  whatMatters: string;
  moreFiguresAndNotes: string;
  /** What a handout left out for room, told to the reader (not printed): the parts, then the sentence. */
  leftOut: {
    numbers(labels: string[]): string;
    figure(title: string): string;
    takeaway(section: string): string;
    notes(section: string, part: boolean): string;
    /** Where it was left out of: the handout, its back page, or one side of the two-language sheet. */
    where(place: 'handout' | 'back' | 'en' | 'ko'): string;
    /** Said when a back page would take some of it. */
    backPageHint: string;
    sentence(where: string, items: string[], hint: string): string;
  };
  yourNotes: string;
  notesAside: string;
  companyProfile: string;
  founded(year: string): string;
  partOf(name: string): string;
  modelsAndProducts: string;
  partnerships: string;
  whereNamed: string;
  namedTimes(times: number, sections: number): string;
  noValues: string;
  showingFirst(shown: number, total: number): string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const en: PdfMessages = {
  tag: 'en',
  date: readableDate,
  shortDate,
  contents: 'Contents',
  glossary: 'Glossary',
  sources: 'Sources',
  sourcesIntro:
    'One number per source across the whole briefing, as in the app; a PDF of some sections keeps those numbers. Numbers in square brackets in the text and under each figure point here.',
  sectionNumber: (n) => `SECTION ${n}`,
  keyFigures: 'Key figures',
  takeaways: 'Takeaways',
  articleHoldsUp: 'How the starting article holds up',
  analysis: 'Analysis',
  factsAndChecks: 'Facts and checks',
  asOf: (date) => `As of ${date}`,
  asOfAside: (date) => ` (as of ${date})`,
  articleClaimUnchecked: 'Article claim, not checked yet',
  checkVerdict: CHECK_VERDICT_LABEL,
  checkHeading: (verdict) => `Fact check — ${CHECK_VERDICT_LABEL[verdict]}`,
  tally: tallySentence,
  figureCaption: (n, title) => `Figure ${n}. ${title}`,
  sourceLead: (count) => (count > 1 ? 'Sources' : 'Source'),
  note: 'Note',
  weakSource: 'Weak source.',
  accessed: (date) => ` (accessed ${date})`,
  accessedAlone: (date) => `Accessed ${date}.`,
  meeting: 'Meeting',
  preparedFor: 'Prepared for',
  preparedBy: 'Prepared by',
  briefing: 'Briefing',
  coverCounts: (s, f, src) => [plural(s, 'section'), plural(f, 'figure'), plural(src, 'source')].join('  ·  '),
  page: (n, of) => `Page ${n} of ${of}`,
  handout: 'Handout',
  handoutBack: 'Handout, back page',
  keyNumbers: 'Key numbers',
  whatMatters: 'What matters',
  moreFiguresAndNotes: 'More figures and notes',
  leftOut: {
    numbers: (labels) => `key ${labels.length === 1 ? 'number' : 'numbers'} ${labels.map((l) => `“${l}”`).join(', ')}`,
    figure: (title) => `figure “${title}”`,
    takeaway: (section) => `what matters in “${section}”`,
    notes: (section, part) => `${part ? 'part of ' : ''}your notes on “${section}”`,
    where: (place) =>
      ({ handout: 'handout', back: 'back page', en: 'English side of the handout', ko: 'Korean side of the handout' })[place],
    backPageHint: ' Add the back page to print the figures and notes among them.',
    sentence: (where, items, hint) => `Left out of the ${where} for room: ${items.join('; ')}.${hint}`
  },
  yourNotes: 'Your notes',
  notesAside: 'your own words, not from the briefing’s sources',
  companyProfile: 'Company profile',
  founded: (year) => `Founded ${year}`,
  partOf: (name) => `Part of ${name}`,
  modelsAndProducts: 'Models and products',
  partnerships: 'Partnerships and deals',
  whereNamed: 'Where the briefing names it',
  namedTimes: (times, sections) => `Named ${times} times in ${sections} sections of the briefing; search its name to see them all.`,
  noValues: 'No values to show for this figure.',
  showingFirst: (shown, total) => `Showing the first ${shown} of ${total} categories.`
};

/** Korean dates as a Korean reader writes them: 2026년 6월 29일, 2019년 12월, 2016년. */
function koreanDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return `${y}년`;
  return d === undefined ? `${y}년 ${m}월` : `${y}년 ${m}월 ${d}일`;
}

/** Where room is short (timeline labels): 2023.3.3, 2019.12, 2016. */
function koreanShortDate(iso: string): string {
  return iso
    .split('-')
    .map((part, i) => (i === 0 ? part : String(Number(part))))
    .join('.');
}

const KO_VERDICT: Record<FactCheck['verdict'], string> = {
  confirmed: '확인됨',
  differs: '다른 출처와 다름',
  unconfirmed: '다른 출처로 확인되지 않음',
  disputed: '반론 있음'
};

const ko: PdfMessages = {
  tag: 'ko',
  date: koreanDate,
  shortDate: koreanShortDate,
  contents: '목차',
  glossary: '용어집',
  sources: '출처',
  sourcesIntro:
    '출처 번호는 앱에서와 같이 브리핑 전체에서 하나씩 매겨지며, 일부 섹션만 담은 PDF도 같은 번호를 씁니다. 본문과 각 그림 아래의 대괄호 안 번호가 이 목록을 가리킵니다.',
  sectionNumber: (n) => `섹션 ${n}`,
  keyFigures: '주요 수치',
  takeaways: '핵심 요약',
  articleHoldsUp: '출발점 기사의 검증 결과',
  analysis: '분석',
  factsAndChecks: '사실과 검증',
  asOf: (date) => `${date} 기준`,
  asOfAside: (date) => ` (${date} 기준)`,
  articleClaimUnchecked: '기사의 주장, 아직 검증되지 않음',
  checkVerdict: KO_VERDICT,
  checkHeading: (verdict) => `사실 확인 — ${KO_VERDICT[verdict]}`,
  tally: (t, title) => {
    if (t.claims === 0) return null;
    const outcomes = [
      t.confirmed ? `확인 ${t.confirmed}건` : '',
      t.differs ? `다른 출처와 다름 ${t.differs}건` : '',
      t.unconfirmed ? `확인되지 않음 ${t.unconfirmed}건` : ''
    ].filter(Boolean);
    const checked =
      t.checked === 0
        ? '아직 이후 출처와 대조한 주장은 없습니다.'
        : `${t.checked === t.claims ? '모두' : `${t.checked}건을`} 이후 출처와 대조했습니다(${outcomes.join(', ')}).`;
    const rest = t.unchecked && t.checked ? ` ${t.unchecked}건은 아직 검증되지 않았습니다.` : '';
    return `이 브리핑이 「${title}」에서 가져온 주장 ${t.claims}건 중 ${checked}${rest}`;
  },
  figureCaption: (n, title) => `그림 ${n}. ${title}`,
  sourceLead: () => '출처',
  note: '주',
  weakSource: '신뢰도가 낮은 출처.',
  accessed: (date) => ` (${date} 열람)`,
  accessedAlone: (date) => `${date} 열람.`,
  meeting: '회의',
  preparedFor: '받는 분',
  preparedBy: '작성',
  briefing: '브리핑',
  coverCounts: (s, f, src) => `섹션 ${s}개  ·  그림 ${f}개  ·  출처 ${src}개`,
  page: (n, of) => `${n} / ${of}쪽`,
  handout: '요약 자료',
  handoutBack: '요약 자료 뒷면',
  keyNumbers: '주요 수치',
  whatMatters: '핵심 사항',
  moreFiguresAndNotes: '추가 그림과 메모',
  leftOut: {
    numbers: (labels) => `주요 수치 ${labels.map((l) => `“${l}”`).join(', ')}`,
    figure: (title) => `그림 “${title}”`,
    takeaway: (section) => `“${section}”의 핵심 요약`,
    notes: (section, part) => `“${section}”에 대한 내 메모${part ? ' 일부' : ''}`,
    where: (place) => ({ handout: '요약본', back: '뒷면', en: '요약본 영어 면', ko: '요약본 한국어 면' })[place],
    backPageHint: ' 뒷면을 추가하면 이 가운데 그림과 메모를 인쇄할 수 있습니다.',
    sentence: (where, items, hint) => `자리가 모자라 ${where}에서 뺀 것: ${items.join('; ')}.${hint}`
  },
  yourNotes: '내 메모',
  notesAside: '브리핑 출처가 아닌 본인의 메모',
  companyProfile: '기업 개요',
  founded: (year) => `${year}년 설립`,
  partOf: (name) => `${name} 계열`,
  modelsAndProducts: '모델과 제품',
  partnerships: '제휴와 거래',
  whereNamed: '브리핑에서 언급된 곳',
  namedTimes: (times, sections) => `브리핑의 ${sections}개 섹션에서 ${times}번 언급됩니다. 전체는 이름으로 검색해 보세요.`,
  noValues: '이 그림에 표시할 값이 없습니다.',
  showingFirst: (shown, total) => `${total}개 항목 중 처음 ${shown}개를 표시합니다.`
};

export const PDF_MESSAGES: Readonly<Record<PdfLang, PdfMessages>> = { en, ko };

/** The PDF's words in `lang`. */
export function pdfMessages(lang: PdfLang): PdfMessages {
  return PDF_MESSAGES[lang];
}
