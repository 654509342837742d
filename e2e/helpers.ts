import type { Locator, Page } from '@playwright/test';

/** The section tabs (figures have Chart/Table/Sources tabs of their own). */
export function sectionTabs(page: Page): Locator {
  return page.getByRole('tablist', { name: 'Briefing sections' }).getByRole('tab');
}

/** The open section's panel. */
export function sectionPanel(page: Page): Locator {
  return page.locator('main > [role="tabpanel"]');
}
