import type { Briefing } from '../../../shared/briefing/schema';
import type { MessageKey } from '../../../shared/i18n/messages';

export interface TabItem {
  id: string;
  label: string;
  title: string;
}

/** The glossary's tab id; section ids are lower-case words, so this cannot collide. */
export const GLOSSARY_TAB = '_glossary';

/** The Companies view's tab id (the list of company profiles and one page per company). */
export const COMPANIES_TAB = '_companies';

/** One tab per section, then the companies and the glossary when the briefing has them. */
export function tabItems(briefing: Briefing, t: (key: MessageKey) => string): TabItem[] {
  const items = briefing.sections.map((s) => ({ id: s.id, label: s.shortTitle ?? s.title, title: s.title }));
  if (briefing.companies?.some((c) => c.id))
    items.push({ id: COMPANIES_TAB, label: t('tabs.companies'), title: t('tabs.companies.title') });
  if (briefing.glossary?.length) items.push({ id: GLOSSARY_TAB, label: t('tabs.glossary'), title: t('tabs.glossary.title') });
  return items;
}
