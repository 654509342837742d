import { sourceAnchor } from '../../../shared/briefing/numbering';

/** How long a source entry stays marked after a citation led to it. */
const HIGHLIGHT_MS = 2500;
const fading = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/**
 * Brings a source entry into view from a citation: scrolls it to the middle of the window (clear of the
 * sticky header), moves focus to it so a keyboard user continues from there, and marks it for a moment.
 * False when the entry is not on the page (nothing happens then).
 */
export function showSource(sourceId: string, scope: string): boolean {
  const entry = document.getElementById(sourceAnchor(sourceId, scope));
  if (!entry) return false;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  entry.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  entry.focus({ preventScroll: true });
  // Restarting the highlight: drop the attribute, let a frame pass, set it again.
  entry.removeAttribute('data-highlight');
  clearTimeout(fading.get(entry));
  requestAnimationFrame(() => entry.setAttribute('data-highlight', ''));
  fading.set(
    entry,
    setTimeout(() => entry.removeAttribute('data-highlight'), HIGHLIGHT_MS)
  );
  return true;
}

/** "not secure" for plain-http addresses: said next to the link before a reader opens it. */
export function isInsecure(url: string): boolean {
  return url.startsWith('http:');
}
