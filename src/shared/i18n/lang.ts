// The languages the app, its dialogs and its PDFs are written in. One list, so a new language is added in one place.

/** A language of the interface: English (the reference) or Korean. */
export type Lang = 'en' | 'ko';

export const LANGS: readonly Lang[] = ['en', 'ko'];

/** The BCP 47 tag to hand to Intl and to put in `lang` attributes. */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', ko: 'ko-KR' };

/** Whether a value is one of the interface languages. */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ko';
}

/**
 * The interface language for the system's preferred languages, in order ("ko-KR", "en-US", …): the first that the
 * app speaks, English when none is.
 */
export function langFromLocales(locales: readonly string[]): Lang {
  for (const tag of locales) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;

/**
 * The language a piece of the dataset's text is in, as far as the app can tell: Korean if it has Hangul, else
 * English. For `lang` on text left untranslated (an English sentence in the Korean edition), for screen readers.
 */
export function langOfText(text: string): Lang {
  return HANGUL.test(text) ? 'ko' : 'en';
}
