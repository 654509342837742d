/**
 * The numbers a string states, as values, so that a translation can be checked to state the same ones.
 *
 * English and Korean write the same number differently: "USD 6.8 bn" is "68억 달러", "December 2019" is
 * "2019년 12월", "2Q25" may be "2025년 2분기". Both sides are reduced to plain values first — scale words (m, bn,
 * tn, million, billion, trillion; 만, 억, 조, and 천/백/십 inside a Korean amount) multiply, English month names
 * count as their month number, a quarter "2Q25" counts as 2 and 2025 — and the two multisets are compared.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORD = new RegExp(
  // Full names, "Sept", then three-letter abbreviations.
  `\\b(${MONTHS.map((m) => m[0].toUpperCase() + m.slice(1)).join('|')}|Sept|${MONTHS.map((m) => m[0].toUpperCase() + m.slice(1, 3)).join('|')})\\b\\.?`,
  'g'
);

const EN_SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
  tn: 1e12,
  trillion: 1e12
};
const KO_BIG: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };
const KO_SMALL: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;

function num(raw: string): number {
  return Number(raw.replace(/,/g, ''));
}

/**
 * English number words ("five", "fourth", "two-thirds"): a Korean translation may write them in words (다섯) or in
 * digits (5개, 4분기, 3분의 2), so they count when the Korean has them and are not missed when it does not.
 */
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  thirty: 30,
  forty: 40,
  fifty: 50,
  twenty: 20,
  hundred: 100,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirds: 3,
  quarters: 4,
  fifths: 5,
  half: 2,
  twice: 2,
  double: 2,
  once: 1,
  single: 1
};
/** "a year", "a fifth", "a percentage point": one, which Korean writes 1년, 5분의 1, 1%포인트. */
const A_UNIT = /\ban? (year|fifth|third|quarter|half|percentage point|month|week|day|decade|tenth)\b/gi;
const WORD_RE = new RegExp(`\\b(${Object.keys(WORDS).join('|')})\\b`, 'gi');

/** The number words of an English string, as values (see WORDS). */
export function englishNumberWords(text: string): number[] {
  const ones = [...text.matchAll(A_UNIT)].map(() => 1);
  // "H1 2025" is 2025년 상반기: the half's number may be a word in Korean.
  const halves = [...text.matchAll(/\bH([12])\b/g)].map((m) => Number(m[1]));
  return [...ones, ...halves, ...[...text.matchAll(WORD_RE)].map((m) => WORDS[m[1].toLowerCase()])];
}

/** "1.1, 0.7 and 1.7 billion", "0.7–1.7 billion": one scale word after a list or range scales all its numbers. */
function spreadScale(text: string): string {
  const scale = String.raw`[\s-]?(k|thousand|mn|m|million|bn|billion|tn|trillion)\b`;
  // The list starts at a number that stands on its own: not the 3 of "Qwen3-235B".
  const list = new RegExp(String.raw`(?<![A-Za-z\d.])((?:${NUMBER}(?:, | and |, and |–|-| to ))+)(${NUMBER})${scale}`, 'gi');
  return text.replace(list, (whole, head: string, last: string, word: string) => {
    // "in 2023, 5 billion": a year before the number is not part of a list of amounts.
    if ([...head.matchAll(new RegExp(NUMBER, 'g'))].some((m) => /^(19|20)\d\d$/.test(m[0]))) return whole;
    return `${head.replace(new RegExp(NUMBER, 'g'), (n) => `${n} ${word}`)}${last} ${word}`;
  });
}

/** "519B", "7.8B": billions, as model sizes are written in both languages ("Solar Open 100B", "매개변수 32B"). */
function billionsB(text: string): string {
  // Not the 2 of B2B: the number stands on its own.
  return text.replace(/(?<![A-Za-z\d.])(\d+(?:\.\d+)?)B(?![A-Za-z0-9])/g, '$1 bn');
}

/** English: digits, with a following scale word multiplying; month names as their numbers; "2Q25" as 2 and 2025. */
export function englishNumbers(text: string): number[] {
  const out: number[] = [];
  text = spreadScale(billionsB(text));
  let t = text.replace(/\b([1-4])Q(\d{2})\b/g, (_m, q: string, yy: string) => {
    out.push(Number(q), 2000 + Number(yy));
    return ' ';
  });
  t = t.replace(/\bQ([1-4]) (\d{4})\b/g, (_m, q: string, y: string) => {
    out.push(Number(q), Number(y));
    return ' ';
  });
  t = t.replace(/\bH[12]\b/g, ' ');
  t = t.replace(MONTH_WORD, (m) => {
    out.push(MONTHS.findIndex((name) => name.startsWith(m.replace('.', '').toLowerCase().slice(0, 3))) + 1);
    return ' ';
  });
  const re = new RegExp(String.raw`(${NUMBER})(?:[\s-]?(k|thousand|mn|m|million|bn|billion|tn|trillion)\b)?`, 'gi');
  for (const m of t.matchAll(re)) out.push(num(m[1]) * (m[2] ? EN_SCALE[m[2].toLowerCase()] : 1));
  return out;
}

/**
 * Korean: an amount such as "1조 3,000억", "8천억", "68억" or "2.5만" is one value (its parts added); other digits
 * count as they are.
 */
export function koreanNumbers(text: string): number[] {
  const out: number[] = [];
  text = billionsB(text);
  // One amount: groups of <number><small scale>?<big scale>, separated by at most a space, the last may lack a big scale.
  const group = String.raw`(?:${NUMBER})\s?[십백천]?\s?[만억조]`;
  const amount = new RegExp(String.raw`(?:${group}\s?)+(?:${NUMBER}(?![\d.,]|\s?[십백천만억조]))?`, 'g');
  const rest = text.replace(amount, (m) => {
    let total = 0;
    const parts = m.matchAll(new RegExp(String.raw`(${NUMBER})\s?([십백천])?\s?([만억조])?`, 'g'));
    for (const p of parts) total += num(p[1]) * (p[2] ? KO_SMALL[p[2]] : 1) * (p[3] ? KO_BIG[p[3]] : 1);
    out.push(total);
    return ' ';
  });
  const plain = new RegExp(String.raw`(${NUMBER})(?:\s?(k|thousand|mn|m|million|bn|billion|tn|trillion)\b)?`, 'gi');
  for (const m of rest.matchAll(plain)) out.push(num(m[1]) * (m[2] ? EN_SCALE[m[2].toLowerCase()] : 1));
  return out;
}

function key(n: number): string {
  return Number(n.toPrecision(10)).toString();
}

/** The numbers one side states that the other does not (each counted as often as it occurs). */
export function numberDifference(english: string, korean: string): { missing: number[]; extra: number[] } {
  const count = new Map<string, number>();
  for (const n of englishNumbers(english)) count.set(key(n), (count.get(key(n)) ?? 0) + 1);
  const words = new Map<string, number>();
  for (const n of englishNumberWords(english)) words.set(key(n), (words.get(key(n)) ?? 0) + 1);
  const extra: number[] = [];
  for (const n of koreanNumbers(korean)) {
    const k = key(n);
    const c = count.get(k) ?? 0;
    const w = words.get(k) ?? 0;
    if (c > 0) count.set(k, c - 1);
    else if (w > 0)
      words.set(k, w - 1); // a number the English wrote as a word, written in digits
    else extra.push(n);
  }
  const missing: number[] = [];
  for (const [k, c] of count) for (let i = 0; i < c; i++) missing.push(Number(k));
  return { missing, extra };
}
