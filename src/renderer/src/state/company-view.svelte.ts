import type { JumpTarget } from '../lib/jump';
import { COMPANIES_TAB } from '../lib/tabs';

/** The element id of a company's page in the Companies view, and of its entry in the list. */
export const companyAnchors = {
  page: (id: string) => `company-page-${id}`,
  list: 'heading-companies'
};

/** Which company page the Companies view shows; null for the list. */
export const companyView = $state<{ selected: string | null }>({ selected: null });

/** Shows a company's page (or the list, for null) and returns where to jump to see it. */
export function openCompany(id: string | null): JumpTarget {
  companyView.selected = id;
  return { section: COMPANIES_TAB, anchor: id ? companyAnchors.page(id) : companyAnchors.list };
}
