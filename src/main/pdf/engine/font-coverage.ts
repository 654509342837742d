// Which characters of a dataset the PDF typeface cannot draw, and where they are. Pretendard covers Latin, Hangul and
// kana but no Han ideographs (東, 京) and no conjoining jamo (decomposed Hangul): a PDF would print those as empty
// boxes. The validator, the export and the app's open path name them instead (docs/performance.md says why no
// fallback font is bundled). It lives in main because it reads the font files, and beside fonts.ts because it asks
// the fonts the export has parsed (once per process).
import { jsonPath, type Problem } from '../../../shared/briefing/validate';
import { fontPath, shaperFor } from './fonts';
import { FONTS } from '../theme';

/** Never drawn as a glyph: spaces and line breaks, control and format characters (soft hyphen, zero-width joiner). */
const NOT_DRAWN = /^[\s\p{Cc}\p{Cf}]$/u;
/** A conjoining Hangul letter: text stored decomposed (NFD). */
const CONJOINING_JAMO = /[\u1100-\u11ff\ud7b0-\ud7ff]/u;
/** At most this many characters are named in one message. */
const NAMED = 8;

/**
 * Characters every bundled PDF font draws, known without opening the fonts: Latin-1, the usual punctuation (— – ’ “ …),
 * the minus sign, Hangul syllables and the modern jamo. A dataset that holds nothing else (the default one) is checked
 * without parsing a font at start-up; the export's warm-up parses them later, once the window is up. A test checks
 * that every font draws each of these.
 */
export const ALWAYS_DRAWN: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x2212, 0x2212],
  [0x3131, 0x3164],
  [0xac00, 0xd7a3]
];

/** What is known of each character, per font folder: 0 not yet, 1 drawn by every PDF font, 2 not. */
interface Coverage {
  bmp: Uint8Array;
  astral: Map<number, boolean>;
}

const coverage = new Map<string, Coverage>();

function coverageOf(fontDir: string): Coverage {
  let known = coverage.get(fontDir);
  if (!known) {
    known = { bmp: new Uint8Array(0x10000), astral: new Map() };
    for (const [from, to] of ALWAYS_DRAWN) known.bmp.fill(1, from, to + 1);
    coverage.set(fontDir, known);
  }
  return known;
}

/** Whether every PDF font draws `cp` (any weight may set it); the fonts are the export's own, parsed once per process. */
function askFonts(fontDir: string, cp: number): boolean {
  if (NOT_DRAWN.test(String.fromCodePoint(cp))) return true;
  return Object.values(FONTS).every((name) => shaperFor(fontPath(fontDir, name)).font.hasGlyphForCodePoint(cp));
}

/** The characters of `text` the PDF fonts lack, each once, in order of appearance; undefined when there are none. */
function missingIn(text: string, fontDir: string, known: Coverage): Set<string> | undefined {
  let missing: Set<string> | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k = known.bmp[c];
    if (k === 1) continue;
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) {
      let ok = known.astral.get(cp);
      if (ok === undefined) known.astral.set(cp, (ok = askFonts(fontDir, cp)));
      i++;
      if (ok) continue;
    } else {
      if (k === 0) k = known.bmp[c] = askFonts(fontDir, c) ? 1 : 2;
      if (k === 1) continue;
    }
    (missing ??= new Set()).add(String.fromCodePoint(cp));
  }
  return missing;
}

/** A character as a message names it: itself and its code point, `東 (U+6771)`. */
export function nameCharacter(ch: string): string {
  return `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

function message(missing: readonly string[]): string {
  const n = missing.length;
  const named = missing.slice(0, NAMED).map(nameCharacter).join(', ');
  const more = n > NAMED ? ` and ${n - NAMED} more` : '';
  const hint = missing.some((c) => CONJOINING_JAMO.test(c)) ? ' (decomposed Hangul: store the text composed, as NFC)' : '';
  return `${n} character${n === 1 ? '' : 's'} the PDF typeface cannot draw: ${named}${more}${hint}; a PDF shows ${n === 1 ? 'it' : 'them'} as empty boxes`;
}

/** A string holding characters the PDF fonts lack: where it is, and those characters in order of appearance. */
export interface Undrawable {
  path: string;
  characters: string[];
}

/**
 * Every string of the dataset holding characters the PDF fonts in `fontDir` lack, with its JSON path
 * (`$.sections[2].facts[4].text`), in document order. Every string is looked at, translations included: any of them
 * may be printed.
 */
export function findUndrawable(data: unknown, fontDir: string): Undrawable[] {
  const known = coverageOf(fontDir);
  const out: Undrawable[] = [];
  const path: PropertyKey[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const missing = missingIn(value, fontDir, known);
      if (missing) out.push({ path: jsonPath(path), characters: [...missing] });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        path.push(i);
        visit(v);
        path.pop();
      });
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        path.push(k);
        visit(v);
        path.pop();
      }
    }
  };
  visit(data);
  return out;
}

/** As the validator's warnings: `$.sections[2].facts[4].text: 2 characters the PDF typeface cannot draw: 東 (U+6771), …`. */
export function undrawableWarnings(found: readonly Undrawable[]): Problem[] {
  return found.map((u) => ({ path: u.path, message: message(u.characters) }));
}

/** What an export prints: its sections (all when none are chosen), and the translations only in a Korean one. */
export interface PrintedPart {
  sections?: readonly string[];
  lang?: string;
}

/** Those of `found` this export prints: a section left out cannot print a box, nor a translation in English. */
export function undrawableInExport(found: readonly Undrawable[], sectionIds: readonly string[], part: PrintedPart): Undrawable[] {
  const chosen = part.sections && new Set(part.sections);
  return found.filter((u) => {
    if (u.path.includes('.translations.') && part.lang !== 'ko') return false;
    const section = /^\$\.sections\[(\d+)\]/.exec(u.path);
    return !section || !chosen || chosen.has(sectionIds[Number(section[1])]);
  });
}

/** The export's warnings (the Export dialog lists them): the first few with their paths, then how many more. */
export function exportWarnings(found: readonly Undrawable[], shown = 5): string[] {
  const lines = undrawableWarnings(found.slice(0, shown)).map((p) => `${p.path}: ${p.message}`);
  const rest = found.length - shown;
  if (rest > 0)
    lines.push(`${rest} more text${rest === 1 ? '' : 's'} with characters the PDF typeface cannot draw (npm run validate lists all)`);
  return lines;
}

/** One sentence for the app when a dataset opens, or undefined when every character can be printed. */
export function openNotice(found: readonly Undrawable[]): string | undefined {
  if (found.length === 0) return undefined;
  const chars = [...new Set(found.flatMap((u) => u.characters))];
  const list = chars.slice(0, NAMED).join(' ') + (chars.length > NAMED ? ' …' : '');
  const n = found.length;
  // The English text first: a translation is printed only in a Korean export.
  const first = found.find((u) => !u.path.includes('.translations.')) ?? found[0];
  return `${n} text${n === 1 ? '' : 's'} of this briefing ${n === 1 ? 'holds' : 'hold'} characters the PDF typeface cannot draw (${list}), first at ${first.path}: a PDF shows them as empty boxes.`;
}
