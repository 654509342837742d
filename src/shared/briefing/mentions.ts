import { isProfile } from './companies';
import type { Briefing, Company, Section } from './schema';
import { anchors } from './search';

/**
 * Where the briefing names a company: found, not stored, by looking for every company's name, Korean name and
 * aliases in the text. All companies take part, profiles or not, and the longest name wins, so "Samsung SDS"
 * is Samsung SDS and not a mention of Samsung Electronics, and "SK hynix" is not one of SK Group.
 */

/** A piece of text: plain, or naming the profile `companyId`. */
export interface TextPiece {
  text: string;
  companyId?: string;
}

export type MentionKind = 'summary' | 'takeaway' | 'text' | 'fact' | 'keyFigure' | 'figure';

/** One place in a section that names a company, with the element id the screen gives it. */
export interface CompanyMention {
  sectionId: string;
  kind: MentionKind;
  anchor: string;
  /** What the place is: a figure's title, a fact's or paragraph's text… */
  text: string;
  /** The sentence (or line) that names the company, at most about 240 characters. */
  excerpt: string;
}

interface Matcher {
  pattern: RegExp | null;
  /** Lower-cased name → the company's profile id, or null for a company without a profile. */
  owner: Map<string, string | null>;
}

const ASCII_WORD = /[A-Za-z0-9]/;

function key(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('en-US');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as a pattern that does not match inside a longer word: "KT" is not in "KTX", "Kakao" not in "KakaoTalk". */
function namePattern(name: string): string {
  const n = name.normalize('NFKC');
  const before = ASCII_WORD.test(n[0]) ? '(?<![A-Za-z0-9])' : '(?<![\\p{L}\\p{N}])';
  // Korean particles follow a Hangul name directly (삼성전자가), so only a Latin ending needs a boundary.
  const after = ASCII_WORD.test(n[n.length - 1]) ? '(?![A-Za-z0-9])' : '';
  return `${before}${escape(n)}${after}`;
}

function namesOf(c: Company): string[] {
  return [c.name, ...(c.nameKo ? [c.nameKo] : []), ...(c.aliases ?? [])];
}

const matchers = new WeakMap<object, Matcher>();

function matcherOf(briefing: Pick<Briefing, 'companies'>): Matcher {
  let m = matchers.get(briefing);
  if (m) return m;
  const owner = new Map<string, string | null>();
  for (const c of briefing.companies ?? []) {
    for (const name of namesOf(c)) if (!owner.has(key(name))) owner.set(key(name), isProfile(c) ? c.id : null);
  }
  const names = [...owner.keys()].sort((a, b) => b.length - a.length);
  m = { pattern: names.length ? new RegExp(names.map(namePattern).join('|'), 'giu') : null, owner };
  matchers.set(briefing, m);
  return m;
}

/** Splits a text into plain pieces and pieces that name a profile (a company without a profile stays plain). */
export function splitMentions(briefing: Pick<Briefing, 'companies'>, text: string): TextPiece[] {
  const { pattern, owner } = matcherOf(briefing);
  if (!pattern) return [{ text }];
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    const companyId = owner.get(key(m[0]));
    if (!companyId) continue;
    if (m.index > at) pieces.push({ text: text.slice(at, m.index) });
    pieces.push({ text: m[0], companyId });
    at = m.index + m[0].length;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) });
  return pieces;
}

const EXCERPT = 240;

/** The sentence around the first piece naming `companyId`, shortened with "…" around it when long. */
function excerptAround(pieces: readonly TextPiece[], companyId: string): string {
  let at = 0;
  for (const p of pieces) {
    if (p.companyId === companyId) break;
    at += p.text.length;
  }
  const text = pieces.map((p) => p.text).join('');
  // A sentence ends at ". " or a line break; the mention's sentence runs from the end before it to the end after it.
  const dot = text.lastIndexOf('. ', at);
  const start = Math.max(dot < 0 ? 0 : dot + 2, text.lastIndexOf('\n', at) + 1);
  const stops = [text.indexOf('. ', at), text.indexOf('\n', at)].filter((i) => i >= 0);
  const end = stops.length ? Math.min(...stops) + 1 : text.length;
  let sentence = text.slice(start, end).trim();
  if (sentence.length > EXCERPT) {
    const from = Math.max(0, at - start - EXCERPT / 2);
    sentence = `${from > 0 ? '…' : ''}${sentence.slice(from, from + EXCERPT).trim()}…`;
  }
  return sentence;
}

/** Ids of the profiles a text names, each once, in order of first mention. */
export function companiesNamedIn(briefing: Pick<Briefing, 'companies'>, text: string): string[] {
  return [...new Set(splitMentions(briefing, text).flatMap((p) => (p.companyId ? [p.companyId] : [])))];
}

/** Every piece of a section that can name a company, with the element id it is shown under. */
function sectionTexts(section: Section): { kind: MentionKind; anchor: string; title: string; text: string }[] {
  const s = section;
  const out: { kind: MentionKind; anchor: string; title: string; text: string }[] = [
    { kind: 'summary', anchor: anchors.section(s.id), title: s.summary, text: s.summary }
  ];
  s.keyFigures.forEach((k) => out.push({ kind: 'keyFigure', anchor: anchors.section(s.id), title: k.label, text: k.label }));
  s.takeaways.forEach((t, i) => out.push({ kind: 'takeaway', anchor: anchors.takeaway(s.id, i), title: t.text, text: t.text }));
  s.body.forEach((p, i) => out.push({ kind: 'text', anchor: anchors.text(s.id, i), title: p.text, text: p.text }));
  s.figures.forEach((f) => {
    const parts = [f.title, f.note ?? '', f.summary ?? ''];
    if (f.kind === 'timeline') f.events.forEach((e) => parts.push(e.label, e.detail ?? ''));
    else parts.push(...f.labels, ...f.series.map((x) => x.name));
    out.push({ kind: 'figure', anchor: anchors.figure(f.id), title: f.title, text: parts.join('\n') });
  });
  s.facts?.forEach((f) =>
    out.push({ kind: 'fact', anchor: anchors.fact(f.id), title: f.text, text: [f.text, ...(f.checks ?? []).map((c) => c.note)].join('\n') })
  );
  return out;
}

const indexes = new WeakMap<object, Map<string, CompanyMention[]>>();

/** Profile id → the places in the sections that name it, in reading order (computed once per briefing). */
export function mentionIndex(briefing: Pick<Briefing, 'companies' | 'sections'>): Map<string, CompanyMention[]> {
  let index = indexes.get(briefing);
  if (index) return index;
  index = new Map();
  for (const section of briefing.sections) {
    for (const piece of sectionTexts(section)) {
      const pieces = splitMentions(briefing, piece.text);
      for (const id of new Set(pieces.flatMap((p) => (p.companyId ? [p.companyId] : [])))) {
        const list = index.get(id) ?? [];
        list.push({ sectionId: section.id, kind: piece.kind, anchor: piece.anchor, text: piece.title, excerpt: excerptAround(pieces, id) });
        index.set(id, list);
      }
    }
  }
  indexes.set(briefing, index);
  return index;
}

/** The places in the sections that name this profile. */
export function mentionsOf(briefing: Pick<Briefing, 'companies' | 'sections'>, companyId: string): CompanyMention[] {
  return mentionIndex(briefing).get(companyId) ?? [];
}
