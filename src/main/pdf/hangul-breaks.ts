import LineBreaker from 'linebreak';

/*
 * Korean lines break between words, never inside one — what CSS calls `word-break: keep-all`. pdfkit finds
 * where a line may break with the `linebreak` package (Unicode UAX #14), which allows a break between any
 * two Hangul syllables, as for Chinese: "반도체" could end one line with "반도" and start the next with "체".
 *
 * pdfkit has no option for this, and its line wrapper is not exported; but every text call (measuring and
 * drawing alike, stock pdfkit or the patched engine) asks a LineBreaker from the one `linebreak` module for
 * its break opportunities. Here that class's `nextBreak` skips the opportunities inside a word that holds
 * Hangul, so the words pdfkit wraps are whole Korean words. English text has no Hangul and gets exactly the
 * breaks it had. A word wider than the whole line is still cut by pdfkit, as a browser overflows it.
 *
 * The same `linebreak` that pdfkit loads: package.json pins it to the version pdfkit depends on.
 */

/** A Hangul syllable, jamo or compatibility jamo. */
function isHangul(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3130 && code <= 0x318f) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xd7b0 && code <= 0xd7ff)
  );
}

/** Characters after or before which a line may break even next to Hangul: spaces, dashes, a slash. */
const OPEN_BREAK = /[\s\u2010-\u2015/-]/;

/**
 * True when a break at `position` would split a word holding Hangul: Hangul on one side, and on the other a
 * character that belongs to the same word (a syllable, a Latin letter or digit, a bracket, a comma or stop).
 * Pure.
 */
export function splitsKoreanWord(text: string, position: number): boolean {
  if (position <= 0 || position >= text.length) return false;
  const before = text.charCodeAt(position - 1);
  const after = text.charCodeAt(position);
  if (!isHangul(before) && !isHangul(after)) return false;
  return !OPEN_BREAK.test(text[position - 1]) && !OPEN_BREAK.test(text[position]);
}

/** The fields of linebreak's LineBreaker used here (linebreak 1.1). */
interface Breaker {
  string?: unknown;
  nextBreak(): { position: number; required: boolean } | null;
}

let installed: 'yes' | 'no' | undefined;

/**
 * Makes every line breaker in this process keep Korean words whole (see above); idempotent. Returns false,
 * changing nothing, when `linebreak` is not as expected — Korean text then wraps between syllables.
 */
export function keepKoreanWordsTogether(): boolean {
  if (installed) return installed === 'yes';
  const proto = (LineBreaker as unknown as { prototype: Breaker }).prototype;
  const probe = new LineBreaker('가 나') as unknown as Breaker;
  if (typeof proto.nextBreak !== 'function' || probe.string !== '가 나') {
    installed = 'no';
    return false;
  }
  const nextBreak = proto.nextBreak;
  proto.nextBreak = function (this: Breaker) {
    const text = this.string as string;
    for (;;) {
      const bk = nextBreak.call(this);
      if (!bk || bk.required || !splitsKoreanWord(text, bk.position)) return bk;
    }
  };
  installed = 'yes';
  return true;
}
