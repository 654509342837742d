// The search entries of a briefing: each section, takeaway, paragraph, fact, figure, company and glossary entry, with
// the words it is found by in both languages and the words it is shown with in the reader's.
import { localize, hasTranslations, type ReadingLang } from './localize';
import type { Briefing } from './schema';
import { normalise } from './search-terms';

export type HitKind = 'section' | 'takeaway' | 'text' | 'fact' | 'figure' | 'company' | 'glossary';

/** One searchable piece of the briefing and where it is shown. */
export interface SearchEntry {
  kind: HitKind;
  /** Section to open, or null for the glossary. */
  sectionId: string | null;
  /** Element id to scroll to and highlight. */
  anchor: string;
  title: string;
  text: string;
  /** Title and text, normalised: what a query is matched against. */
  haystack: string;
  /** The title, normalised: matches there rank first. */
  titleKey: string;
  /** For a company with a profile: its id, so the hit opens the profile page. */
  companyId?: string;
}

/** Element ids used by the renderer and the search alike, so a hit always has a place to jump to. */
export const anchors = {
  takeaway: (sectionId: string, i: number) => `takeaway-${sectionId}-${i}`,
  text: (sectionId: string, i: number) => `text-${sectionId}-${i}`,
  fact: (factId: string) => `fact-${factId}`,
  figure: (figureId: string) => `figure-${figureId}`,
  company: (i: number) => `company-${i}`,
  glossary: (i: number) => `glossary-${i}`,
  section: (sectionId: string) => `heading-${sectionId}`
};

/** An entry before it is normalised: what it is, where it goes, and its words in one language. */
interface RawEntry {
  kind: HitKind;
  sectionId: string | null;
  anchor: string;
  title: string;
  text: string;
  companyId?: string;
}

/** The entries of a briefing in its own words, in briefing order. */
function rawEntries(briefing: Briefing): RawEntry[] {
  const out: RawEntry[] = [];
  const add = (kind: HitKind, sectionId: string | null, anchor: string, title: string, text: string): void => {
    out.push({ kind, sectionId, anchor, title, text });
  };
  for (const s of briefing.sections) {
    add('section', s.id, anchors.section(s.id), s.title, s.summary);
    // Takeaways, paragraphs and facts have no title of their own: the result shows their kind and their words.
    s.takeaways.forEach((t, i) => add('takeaway', s.id, anchors.takeaway(s.id, i), '', t.text));
    s.body.forEach((p, i) => add('text', s.id, anchors.text(s.id, i), '', p.text));
    s.facts?.forEach((f) => add('fact', s.id, anchors.fact(f.id), '', [f.text, ...(f.checks ?? []).map((c) => c.note)].join('\n')));
    s.figures.forEach((f) =>
      add(
        'figure',
        s.id,
        anchors.figure(f.id),
        f.title,
        [
          f.note ?? '',
          f.summary ?? '',
          f.kind === 'timeline' ? f.events.map((e) => `${e.label} ${e.detail ?? ''}`).join('\n') : f.labels.join(', ')
        ].join('\n')
      )
    );
  }
  briefing.companies?.forEach((c, i) => {
    // A profile is found by its aliases, products and partners as well as its name.
    const profile = [...(c.aliases ?? []), ...(c.products ?? []).map((p) => p.name), ...(c.partnerships ?? []).map((p) => p.partner)];
    add(
      'company',
      c.section ?? null,
      anchors.company(i),
      c.nameKo ? `${c.name} (${c.nameKo})` : c.name,
      [c.product ? `${c.focus} · ${c.product}` : c.focus, ...profile].join('\n')
    );
    if (c.id) out[out.length - 1].companyId = c.id;
  });
  briefing.glossary?.forEach((g, i) => add('glossary', null, anchors.glossary(i), g.ko ? `${g.term} (${g.ko})` : g.term, g.explanation));
  return out;
}

/** Two normalised texts as one, the second left out where it says the same as the first (an untranslated string). */
const both = (first: string, second: string | undefined): string =>
  second === undefined || second === first ? first : `${first}\n${second}`;

/**
 * Every entry of a briefing, found by its English and (where the dataset has them) its Korean words whatever the
 * reader's language, and shown in the reader's language `lang`. `briefing` is the dataset as loaded, not a
 * localized copy (which no longer holds the English). A Korean hit is the same entry as an English one, so it
 * jumps to the same place.
 */
export function searchEntries(briefing: Briefing, lang: ReadingLang = 'en'): SearchEntry[] {
  const english = rawEntries(briefing);
  // localize() keeps the briefing's structure, so its entries line up with the English ones one for one.
  const korean = hasTranslations(briefing, 'ko') ? rawEntries(localize(briefing, 'ko')) : null;
  return english.map((en, i) => {
    const ko = korean?.[i];
    const shown = lang === 'ko' && ko ? ko : en;
    // The titles first: matches there rank first, and ranking reads them at the start of the haystack.
    const titleKey = both(normalise(en.title), ko && normalise(ko.title));
    const entry: SearchEntry = {
      kind: en.kind,
      sectionId: en.sectionId,
      anchor: en.anchor,
      // Shown as composed Hangul (NFC) whatever form the dataset stores; compared in normalised form.
      title: shown.title.normalize('NFC'),
      text: shown.text.normalize('NFC'),
      haystack: `${titleKey}\n${both(normalise(en.text), ko && normalise(ko.text))}`,
      titleKey
    };
    if (en.companyId) entry.companyId = en.companyId;
    return entry;
  });
}
