// Reads the research notes (../shared/research/*.md) into what each URL is evidence for, and decides whether a number
// the dataset states can be found there. Used by scripts/research-provenance.test.ts.
//
// The notes have three shapes that carry URLs:
//   - numbered fact lines: "161. <the fact in the researcher's words>" followed by indented "URL: …" and "Quote: …"
//     lines (a quote belongs to the URL above it; the fact line belongs to every URL under it);
//   - table rows with a URL and a quote in their cells (the Hangul-names table);
//   - bullets in "Conflicts and doubts" that name URLs inline, with short quotes in "…".
// For each URL we keep the verbatim quotes (with the researcher's [gloss] of a Korean quote) and, separately, the
// researcher's own statement of the fact, so a test can say how many numbers rest on a quote itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Evidence {
  /** Verbatim quotes from the page, with the researcher's [gloss] when the quote is not in English. */
  quotes: string[];
  /** The researcher's statement of what the page says (the numbered fact line, or the conflicts bullet). */
  statements: string[];
}

const URL_RE = /https?:\/\/[^\s"`|<>]+/g;

/** A URL as written in the notes, without the punctuation or markup that follows it in prose. */
function cleanUrl(raw: string): string {
  return raw.replace(/[.,;:*]+$/, '').replace(/\)+$/, (m) => (raw.includes('(') ? m.slice(1) : ''));
}

function urlsIn(line: string): string[] {
  return (line.match(URL_RE) ?? []).map(cleanUrl);
}

/** Reads every .md file of the research folder; throws a clear error when the folder is missing. */
export function readResearch(dir: string): { text: string; evidence: Map<string, Evidence> } {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  } catch {
    throw new Error(`research notes not found at ${dir} (the repository expects ../shared/research next to it)`);
  }
  if (files.length === 0) throw new Error(`no .md files in ${dir}`);
  const evidence = new Map<string, Evidence>();
  const entry = (url: string): Evidence => {
    let e = evidence.get(url);
    if (!e) evidence.set(url, (e = { quotes: [], statements: [] }));
    return e;
  };
  const texts: string[] = [];
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    texts.push(text);
    let fact = '';
    let url = '';
    let bullet: string[] | null = null;
    const endBullet = (): void => {
      if (!bullet) return;
      const para = bullet.join(' ');
      const quoted = para.match(/"[^"]*"/g) ?? [];
      for (const u of urlsIn(para)) {
        entry(u).statements.push(para);
        entry(u).quotes.push(...quoted);
      }
      bullet = null;
    };
    for (const line of text.split('\n')) {
      const numbered = /^\d+\.\s+(.*)$/.exec(line);
      const urlLine = /^\s+URL:\s*(\S+)/.exec(line);
      const quoteLine = /^\s+Quote:\s*(.*)$/.exec(line);
      if (bullet && /^\s{2,}\S/.test(line) && !urlLine && !quoteLine) {
        bullet.push(line.trim());
        continue;
      }
      endBullet();
      if (numbered) {
        fact = numbered[1];
        url = '';
        for (const u of urlsIn(fact)) entry(u).statements.push(fact);
      } else if (urlLine) {
        url = cleanUrl(urlLine[1]);
        if (fact) entry(url).statements.push(fact);
      } else if (quoteLine && url) {
        entry(url).quotes.push(quoteLine[1]);
      } else if (/^\s*\|/.test(line)) {
        for (const u of urlsIn(line)) entry(u).quotes.push(line);
      } else if (/^\s*- /.test(line)) {
        bullet = [line.trim()];
      } else if (line.trim() === '' || /^#/.test(line)) {
        fact = '';
        url = '';
      }
    }
    endBullet();
  }
  return { text: texts.join('\n'), evidence };
}

/** A number the dataset states, with how many decimals it was written with. */
export interface StatedNumber {
  raw: string;
  value: number;
  decimals: number;
}

/**
 * The numbers a sentence of the dataset states. Digits glued to letters are names, not quantities (HBM3E, 1Q25,
 * SF4X, M15X, AI6, 1c DRAM), and are left out; "1,234" is one number.
 */
export function statedNumbers(text: string): StatedNumber[] {
  const out: StatedNumber[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\p{L}\p{N}])/gu)) {
    const raw = m[0];
    out.push({ raw, value: Number(raw.replace(/,/g, '')), decimals: m[2]?.length ?? 0 });
  }
  return out;
}

/** Every number written in a piece of evidence, read leniently: "47,206.3" → 47206.3; "$10b" → 10; "2천800억원" → 2, 800. */
export function evidenceNumbers(text: string): number[] {
  const numbers = (text.match(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
  // The notes write quarters as "4Q25" or "Q2 2025"; the dataset may say "the fourth quarter of 2025".
  for (const q of text.matchAll(/\b[1-4]Q(\d{2})\b/g)) numbers.push(2000 + Number(q[1]));
  return numbers;
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/**
 * Whether a stated number is one of the evidence's numbers, allowing the usual ways of writing one quantity: the same
 * number in a unit a thousand times larger or smaller ("47,206.3 billion" = 47.2063 trillion; "USD 450M" = 0.45
 * billion) and, for a number written with decimals, the evidence's more precise number rounded (47.2063 → 47.2).
 * A whole number must match exactly, so "36%" is not found in "36.4%".
 */
export function matches(stated: StatedNumber, pool: number[]): boolean {
  const x = Math.abs(stated.value);
  for (const n of pool) {
    for (const c of [n, n / 1000, n * 1000]) {
      if (Math.abs(c - x) < 1e-9) return true;
      if (stated.decimals > 0 && Math.abs(roundTo(c, stated.decimals) - x) < 1e-9) return true;
    }
  }
  return false;
}

/** Whether a number is a difference, sum or percentage ratio of two evidence numbers, rounded as it is written. */
export function derivable(stated: StatedNumber, pool: number[]): boolean {
  const x = Math.abs(stated.value);
  const close = (c: number): boolean => Math.abs(roundTo(c, stated.decimals) - x) < 1e-9;
  for (const a of pool) {
    for (const b of pool) {
      if (a === b) continue;
      if (close(a - b) || close(a + b) || (b !== 0 && close((100 * a) / b))) return true;
    }
  }
  return false;
}
