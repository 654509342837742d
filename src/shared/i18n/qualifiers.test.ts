import { describe, expect, it } from 'vitest';
import { qualifiedValue, qualifierParts } from './qualifiers';

describe('key-figure qualifiers', () => {
  it('go before the number in English, and in Korean before it except 이상, which follows', () => {
    expect(qualifiedValue('19%', 'more than', 'en')).toBe('more than 19%');
    expect(qualifiedValue('19%', 'more than', 'ko')).toBe('19% 이상');
    expect(qualifiedValue('4억 달러', 'about', 'ko')).toBe('약 4억 달러');
    expect(qualifiedValue('8개', 'up to', 'ko')).toBe('최대 8개');
    expect(qualifiedValue('20%', 'nearly', 'ko')).toBe('거의 20%');
    expect(qualifiedValue('6th', undefined, 'ko')).toBe('6th');
    expect(qualifierParts('about', 'en')).toEqual({ before: 'about', after: '' });
  });
});
