import type { SearchEntry } from '../../../shared/briefing/search';
import { openCompany } from '../state/company-view.svelte';
import { GLOSSARY_TAB } from './tabs';

/** A place to go to: the tab (a section id, or the glossary's), the element's id, and whether to open every fact. */
export interface JumpTarget {
  section: string;
  anchor: string;
  /** The place is a fact that the shortened list may hide: show the section's facts in full. */
  openFacts?: boolean;
}

/** Where a search hit leads. */
export function searchTarget(hit: SearchEntry): JumpTarget {
  // A company with a profile opens its page in the Companies view.
  if (hit.companyId) return openCompany(hit.companyId);
  return { section: hit.sectionId ?? GLOSSARY_TAB, anchor: hit.anchor, openFacts: hit.kind === 'fact' };
}

const HIGHLIGHT_MS = 2500;

/** Scrolls the element into the middle of the window, focuses it and highlights it briefly. False if it is not there. */
export function highlightAnchor(anchor: string): boolean {
  const el = document.getElementById(anchor);
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  el.classList.add('highlight');
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  setTimeout(() => el.classList.remove('highlight'), HIGHLIGHT_MS);
  return true;
}
