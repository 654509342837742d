import { tallySentence, type ClaimTally } from '../briefing/verdicts';
import type { Lang } from './lang';

/**
 * How the article's claims came out, as one sentence in `lang`. English is verdicts.ts's sentence; Korean is built
 * here, because its word order (counts after their nouns, the title in 「」) is not the English one's.
 */
export function claimTallySentence(tally: ClaimTally, articleTitle: string, lang: Lang): string | null {
  if (lang === 'en' || tally.claims === 0) return tallySentence(tally, articleTitle);
  const lead = `이 브리핑이 「${articleTitle}」에서 가져온 주장 ${tally.claims}개 가운데`;
  if (tally.checked === 0) return `${lead} 아직 이후 출처와 대조한 것은 없습니다.`;
  const outcomes = [
    tally.confirmed ? `확인 ${tally.confirmed}개` : '',
    tally.differs ? `다른 출처와 차이 ${tally.differs}개` : '',
    tally.unconfirmed ? `확인되지 않음 ${tally.unconfirmed}개` : ''
  ].filter(Boolean);
  const checked = tally.checked === tally.claims ? '모두' : `${tally.checked}개`;
  const rest = tally.unchecked ? ` 나머지 ${tally.unchecked}개는 아직 검증 전입니다.` : '';
  return `${lead} ${checked}를 이후 출처와 대조했습니다(${outcomes.join(', ')}).${rest}`;
}
