// The one message catalogue of the interface (renderer, menu, dialogs). The PDF's own labels live beside it in
// pdf.ts, built the same way. Plain typed tables rather than an i18n library: two languages, shared by main and
// the page, with no build step, and the compiler checks that every key has its translation.
import type { Lang } from './lang';
import { en, type MessageKey } from './messages-en';
import { ko } from './messages-ko';

export type { MessageKey };

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, ko };

export type Params = Record<string, string | number>;

/** The placeholders a message takes, in order: "Saved {path} ({kb} KB)." → ["path", "kb"]. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/** A message in `lang` with its placeholders filled in; a placeholder given no value is left visible, not dropped. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const message = MESSAGES[lang][key] || en[key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator bound to one language, for code that writes many messages (the menu, a dialog). */
export function translator(lang: Lang): (key: MessageKey, params?: Params) => string {
  return (key, params) => translate(lang, key, params);
}
