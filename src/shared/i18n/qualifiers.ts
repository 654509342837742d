import type { KeyFigure } from '../briefing/schema';
import type { Lang } from './lang';

// A key figure's qualifier ("about", "more than") in each language, and on which side of the number it goes. English
// puts every qualifier first ("more than 19%"); Korean puts 약/최대/거의 first and 이상 after ("19% 이상").
// One rule for the screen's tiles, the handout picker and the PDF.

type Qualifier = NonNullable<KeyFigure['qualifier']>;

export interface QualifierParts {
  /** Words before the number ("about", "약"), or empty. */
  before: string;
  /** Words after the number ("이상"), or empty. */
  after: string;
}

const KOREAN: Record<Qualifier, QualifierParts> = {
  about: { before: '약', after: '' },
  'up to': { before: '최대', after: '' },
  nearly: { before: '거의', after: '' },
  'more than': { before: '', after: '이상' }
};

/** The qualifier's words before and after the number, in `lang`; both empty without a qualifier. */
export function qualifierParts(qualifier: Qualifier | undefined, lang: Lang): QualifierParts {
  if (!qualifier) return { before: '', after: '' };
  return lang === 'ko' ? KOREAN[qualifier] : { before: qualifier, after: '' };
}

/** A formatted value with its qualifier: "about USD 35 m", "약 3,500만 달러", "62% 이상". */
export function qualifiedValue(value: string, qualifier: Qualifier | undefined, lang: Lang): string {
  const { before, after } = qualifierParts(qualifier, lang);
  return [before, value, after].filter(Boolean).join(' ');
}
