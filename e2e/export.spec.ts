import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchApp, type LaunchedApp } from './harness';
import { defaultBriefing } from './helpers';

let app: LaunchedApp;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => {
  await app?.close();
});

test('Export… writes a valid PDF and offers to show it', async () => {
  const { page } = app;
  const target = join(app.tmpDir, 'board.pdf');
  await app.answerDialogs({ savePath: target });
  await page.getByRole('button', { name: 'Export…' }).click();
  const panel = page.getByRole('dialog', { name: 'Export PDF' });
  await panel.getByLabel('One-page handout').check();
  await panel.getByLabel('US Letter').check();
  await panel.getByLabel('Prepared for').fill('Board meeting');
  await panel.getByRole('button', { name: 'Export…' }).click();
  await expect(panel.getByRole('status')).toContainText(target, { timeout: 30_000 });
  const pdf = readFileSync(target);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.subarray(-8).toString()).toContain('%%EOF');
  await panel.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => app.revealed()).toEqual([{ action: 'show', path: target }]);
});

test('an export to a path that cannot be written shows the error and leaves nothing behind', async () => {
  const { page } = app;
  const folder = join(app.tmpDir, 'existing-folder.pdf');
  mkdirSync(folder);
  writeFileSync(join(folder, 'keep.txt'), 'keep');
  await app.answerDialogs({ savePath: folder });
  await app.command('export');
  const panel = page.getByRole('dialog', { name: 'Export PDF' });
  await panel.getByRole('button', { name: 'Export…' }).click();
  await expect(panel.getByRole('alert')).toContainText(`Cannot write ${folder}: it is a folder.`, { timeout: 30_000 });
  expect(readdirSync(folder)).toEqual(['keep.txt']);
  expect(readdirSync(app.tmpDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

  await app.answerDialogs({ savePath: join(app.tmpDir, 'no-such-dir', 'x.pdf') });
  await panel.getByRole('button', { name: 'Export…' }).click();
  await expect(panel.getByRole('alert')).toContainText('does not exist');
  expect(existsSync(join(app.tmpDir, 'no-such-dir'))).toBe(false);
});

test('printing lays out every section, with its charts, and hides the tabs and buttons', async () => {
  const { page } = app;
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const printed = page.locator('.print-all');
  await expect(printed.getByRole('heading', { level: 2 })).toHaveText(defaultBriefing.sections.map((s) => s.title));
  const figureCount = defaultBriefing.sections.reduce((n, s) => n + s.figures.length, 0);
  await expect(printed.locator('canvas[data-drawn="true"]')).toHaveCount(figureCount);
  await expect(page.getByRole('tablist', { name: 'Briefing sections' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export…' })).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(printed).toHaveCount(0);
});
