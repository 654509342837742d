// Pair shaping must give exactly what fontkit's full OpenType layout gives, word for word.
import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { richBriefing } from '../testing/fixtures';
import { FONTS } from '../theme';
import { fullLayout, PairShaper } from './pair-shaping';

const root = join(__dirname, '..', '..', '..', '..');

/** Every word (with the space after it, as pdfkit shapes them) of every string in a briefing. */
function wordsOf(data: unknown): Set<string> {
  const words = new Set<string>();
  JSON.stringify(data, (_key, value: unknown) => {
    if (typeof value === 'string') for (const w of value.match(/[^ \t]+[ \t]?|[ \t]/g) ?? []) words.add(w);
    return value;
  });
  return words;
}

const briefing = JSON.parse(readFileSync(join(root, 'resources', 'briefing.json'), 'utf8')) as unknown;
const words = [...wordsOf(briefing), ...wordsOf(richBriefing())];

describe.each(Object.values(FONTS))('pair shaping in %s', (name) => {
  const font = create(readFileSync(join(root, 'resources', 'fonts', `${name}.ttf`))) as Font;

  it('lays out every word of the default briefing as fontkit does, and takes the fast path for nearly all', () => {
    const shaper = new PairShaper(font);
    let fast = 0;
    for (const word of new Set(words)) {
      const got = shaper.layout(word);
      if (!got) continue;
      fast++;
      expect(got, JSON.stringify(word)).toEqual(fullLayout(font, word));
    }
    expect(words.length).toBeGreaterThan(3000);
    expect(fast / new Set(words).size).toBeGreaterThan(0.97);
  });

  it('leaves to the full layout what needs more than one glyph per character and pair kerning', () => {
    const shaper = new PairShaper(font);
    // A combining accent, a soft hyphen, joiners, direction marks, Hangul jamo, Arabic and an emoji sequence.
    for (const word of ['e\u0301', 'co\u00adop', 'a\u200db', 'a\u200fb', '\u1100\u1161', 'سلام', '👩‍💻']) {
      expect(shaper.layout(word), JSON.stringify(word)).toBeNull();
    }
    expect(shaper.layout('Korea 한국')).not.toBeNull();
  });
});
