// Keeps what the page scrolls to clear of the sticky tab bar, and gives keyboard users a way past the header.

/**
 * Svelte action for the sticky bar: publishes its height (in window pixels, zoom included) as --sticky-height on the
 * root, where `scroll-padding-top` (global.css) reads it, so a focused or jumped-to heading never lands under the bar.
 */
export function stickyHeight(node: HTMLElement): { destroy: () => void } {
  const root = document.documentElement;
  const update = (): void => root.style.setProperty('--sticky-height', `${Math.ceil(node.getBoundingClientRect().height)}px`);
  const observer = new ResizeObserver(update);
  observer.observe(node);
  update();
  return {
    destroy: () => {
      observer.disconnect();
      root.style.removeProperty('--sticky-height');
    }
  };
}

/** The skip link: focuses the open section's panel and scrolls its top to just under the tab bar. */
export function skipToContent(event: MouseEvent): void {
  const panel = document.querySelector<HTMLElement>('main > [role="tabpanel"]');
  if (!panel) return;
  event.preventDefault();
  panel.focus({ preventScroll: true });
  panel.scrollIntoView({ block: 'start' });
}
