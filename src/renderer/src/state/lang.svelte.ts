import { langFromLocales, langOfText, LOCALE, type Lang } from '../../../shared/i18n/lang';
import { translate, type MessageKey, type Params } from '../../../shared/i18n/messages';

/**
 * The interface's language, and the way every component writes its words: `ui.t('masthead.search')`. Reading `t`
 * in a template reads `current`, so every label changes at once when the reader switches.
 */
class InterfaceLang {
  // Until the settings arrive: the language Chromium was started in (the system's, in Electron).
  current = $state<Lang>(langFromLocales(navigator.languages));

  /** A message of the catalogue in the current language. */
  t = (key: MessageKey, params?: Params): string => translate(this.current, key, params);

  /** `lang` for a piece of the dataset's text: its language when that is not the page's, else nothing to add. */
  langOf = (text: string): Lang | undefined => {
    const lang = langOfText(text);
    return lang === this.current ? undefined : lang;
  };

  /** The BCP 47 tag of the current language, for Intl and `lang` attributes. */
  get locale(): string {
    return LOCALE[this.current];
  }

  /** Switches the interface; the page's `lang` follows, for screen readers, hyphenation and Hangul line breaking. */
  set(lang: Lang): void {
    this.current = lang;
    document.documentElement.lang = lang;
  }
}

export const ui = new InterfaceLang();
