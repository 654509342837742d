// Reads the shared research notes (../shared/research/*.md): each numbered fact line, the URLs under it and
// the verbatim quotes read on each page, plus the Hangul-names table. Tests use it to check that the dataset
// says nothing the research does not.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const researchDir = resolve(__dirname, '..', '..', '..', 'shared', 'research');

/** One page as the research read it: its quotes, and the text of the fact lines that cite it. */
export interface ResearchPage {
  quotes: string[];
  /** Each fact line citing the page, with all its quotes: the "research line" a dataset entry comes from. */
  lines: string[];
}

export interface Research {
  /** Every research file's whole text, joined. */
  text: string;
  pages: Map<string, ResearchPage>;
}

function page(pages: Map<string, ResearchPage>, url: string): ResearchPage {
  let p = pages.get(url);
  if (!p) pages.set(url, (p = { quotes: [], lines: [] }));
  return p;
}

/** Parses the research files; throws when there are none, so a test never passes on missing evidence. */
export function readResearch(dir = researchDir): Research {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  if (files.length === 0) throw new Error(`no research notes (*.md) in ${dir}`);
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const pages = new Map<string, ResearchPage>();
  for (const text of texts) {
    let line: { text: string; urls: string[]; quotes: string[] } | null = null;
    let url: string | null = null;
    const close = (): void => {
      if (!line) return;
      const whole = [line.text, ...line.quotes].join('\n');
      for (const u of line.urls) page(pages, u).lines.push(whole);
    };
    for (const raw of text.split('\n')) {
      const l = raw.trim();
      const numbered = /^(\d+)\.\s+(.*)$/.exec(l);
      const urlLine = /^URL:\s*(\S+)/.exec(l);
      const quoteLine = /^Quote:\s*(.*)$/.exec(l);
      if (numbered) {
        close();
        line = { text: numbered[2], urls: [], quotes: [] };
        url = null;
      } else if (urlLine && line) {
        url = urlLine[1];
        line.urls.push(url);
      } else if (quoteLine && line && url) {
        page(pages, url).quotes.push(quoteLine[1]);
        line.quotes.push(quoteLine[1]);
      } else if (/^\|.*https?:\/\//.test(l)) {
        // A table row with a page and its quote (the Hangul-names table).
        const cells = l.split('|').map((c) => c.trim());
        const at = cells.findIndex((c) => /^https?:\/\/\S+$/.test(c.replace(/\s*\*\*\[weak source\]\*\*$/, '')));
        if (at >= 0) {
          const u = cells[at].split(/\s/)[0];
          const quote = cells.slice(at + 1).join(' ');
          page(pages, u).quotes.push(quote);
          page(pages, u).lines.push(l);
        }
      } else if (/^#/.test(l)) {
        close();
        line = null;
        url = null;
      }
    }
    close();
  }
  return { text: texts.join('\n'), pages };
}

// Korean number words: 3만 = 30,000; 259억 = 25.9 bn; 1조 = 1 tn. A value may be stated in any of the scales.
const KOREAN_SCALES: Record<string, number[]> = {
  만: [1e4, 1e-2, 1e-5],
  억: [1e8, 1e2, 1e-1],
  조: [1e12, 1e3, 1]
};

/** Every number a quote states, as written (commas dropped) and, after a Korean scale word, in millions, billions and trillions. */
export function numbersIn(quote: string): number[] {
  const out: number[] = [];
  for (const m of quote.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(만|억|조)?/g)) {
    const n = Number(m[1].replace(/,/g, ''));
    if (!Number.isFinite(n)) continue;
    out.push(n);
    for (const factor of m[2] ? KOREAN_SCALES[m[2]] : []) out.push(n * factor);
  }
  return out;
}

/** Whether a quote states this value (to a relative precision of one in a million). */
export function quoteStates(quote: string, value: number): boolean {
  return numbersIn(quote).some((n) => Math.abs(n - value) <= Math.abs(value) * 1e-6);
}
