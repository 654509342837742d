import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Briefing, Section } from '../src/shared/briefing/schema';
import { resourcesDir } from './harness';

/** The embedded default briefing, as the specs expect to see it. */
export const defaultBriefing = JSON.parse(readFileSync(join(resourcesDir, 'briefing.json'), 'utf8')) as Briefing;

/** The small documented example dataset. */
export const examplePath = join(resolve(__dirname, '..'), 'examples', 'minimal-briefing.json');

/** The section tabs (figures have Chart/Table/Sources tabs of their own). */
export function sectionTabs(page: Page): Locator {
  return page.getByRole('tablist', { name: 'Briefing sections' }).getByRole('tab');
}

/** Clicks a section's tab, found by the label the tab shows. */
export async function openSection(page: Page, section: Pick<Section, 'title' | 'shortTitle'>): Promise<void> {
  await sectionTabs(page)
    .getByText(section.shortTitle ?? section.title, { exact: true })
    .click();
}

/** The open section's panel. */
export function sectionPanel(page: Page): Locator {
  return page.locator('main > [role="tabpanel"]');
}
