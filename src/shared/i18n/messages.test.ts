import { describe, expect, it } from 'vitest';
import { LANGS } from './lang';
import { MESSAGES, placeholders, translate } from './messages';
import { en } from './messages-en';

const keys = Object.keys(en) as (keyof typeof en)[];

describe('message catalogue', () => {
  it.each(LANGS.filter((l) => l !== 'en'))('has every English key in %s, none empty, with the same placeholders', (lang) => {
    const table = MESSAGES[lang];
    expect(Object.keys(table).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(table[key].trim(), `${lang} ${key} is empty`).not.toBe('');
      expect(placeholders(table[key]).sort(), `${lang} ${key}`).toEqual(placeholders(en[key]).sort());
    }
  });

  it('writes Korean in Hangul where English has words', () => {
    // A table copied from English by mistake would pass the key check; most messages must differ.
    const same = keys.filter((k) => MESSAGES.ko[k] === en[k] && /[a-z]{3}/.test(en[k]));
    expect(same.filter((k) => !k.startsWith('menu.english'))).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'export.saved', { path: '/tmp/a.pdf', kb: 12 })).toBe('Saved /tmp/a.pdf (12 KB).');
    expect(translate('ko', 'export.saved', { path: '/tmp/a.pdf', kb: 12 })).toBe('/tmp/a.pdf에 저장했습니다 (12KB).');
    expect(translate('ko', 'handout.ticked', {})).toBe('{count}개 선택');
  });
});

describe('claim tally sentence', () => {
  it('counts the claims in Korean word order', async () => {
    const { claimTallySentence } = await import('./tally');
    const tally = { claims: 35, checked: 19, confirmed: 11, differs: 3, unconfirmed: 5, unchecked: 16 };
    expect(claimTallySentence(tally, '한국 AI 산업', 'ko')).toBe(
      '이 브리핑이 「한국 AI 산업」에서 가져온 주장 35개 가운데 19개를 이후 출처와 대조했습니다(확인 11개, 다른 출처와 차이 3개, 확인되지 않음 5개). 나머지 16개는 아직 검증 전입니다.'
    );
    expect(claimTallySentence(tally, 'X', 'en')).toMatch(/^Of the 35 claims/);
  });
});
