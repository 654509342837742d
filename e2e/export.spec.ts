import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf, squash } from '../src/main/pdf/testing/pdf-reader';
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

test('Print prints what Export makes for the pack: from the dialog, then from the menu and Ctrl+P', async () => {
  const { page } = app;
  const target = join(app.tmpDir, 'pack.pdf');
  await app.answerDialogs({ savePath: target });
  await page.getByRole('button', { name: 'Export…' }).click();
  const panel = page.getByRole('dialog', { name: 'Export PDF' });
  await panel.getByRole('button', { name: 'None', exact: true }).click();
  await panel.getByRole('checkbox', { name: 'Semiconductors: memory and AI' }).check();
  await panel.getByRole('checkbox', { name: 'Compute infrastructure' }).check();
  await panel.getByLabel('Title').fill('Chips and compute');
  await panel.getByLabel('US Letter').check();
  await panel.getByRole('button', { name: 'Export…' }).click();
  await expect(panel.getByRole('status')).toContainText(target, { timeout: 60_000 });
  const exported = (await readPdf(readFileSync(target))).pages.map((p) => p.text);

  await panel.getByRole('button', { name: 'Print…' }).click();
  await expect(panel.getByRole('status')).toContainText(`Sent ${exported.length} pages to the printer.`, { timeout: 60_000 });
  const [fromDialog] = await app.printed();
  expect(fromDialog.paper).toBe('letter');
  expect((await readPdf(fromDialog.pdf)).pages.map((p) => p.text)).toEqual(exported);

  // The menu's Print and Ctrl+P print the same pack again, not the screen.
  await panel.getByRole('button', { name: 'Close' }).click();
  await app.command('print');
  await expect.poll(async () => (await app.printed()).length, { timeout: 60_000 }).toBe(2);
  await page.keyboard.press('Control+P');
  await expect.poll(async () => (await app.printed()).length, { timeout: 60_000 }).toBe(3);
  for (const job of (await app.printed()).slice(1)) expect((await readPdf(job.pdf)).pages.map((p) => p.text)).toEqual(exported);
  await expect(page.getByRole('status').filter({ hasText: 'to the printer' })).toContainText(`Sent ${exported.length} pages`);
});

test('the composer makes a pack: none, two sections in the reader order, a title; and a company sheet', async () => {
  const { page } = app;
  const target = join(app.tmpDir, 'sk-hynix-meeting.pdf');
  await app.answerDialogs({ savePath: target });
  await page.getByRole('button', { name: 'Export…' }).click();
  const panel = page.getByRole('dialog', { name: 'Export PDF' });
  await panel.getByRole('button', { name: 'None', exact: true }).click();
  await panel.getByRole('checkbox', { name: 'Conglomerates and global R&D' }).check();
  await panel.getByRole('checkbox', { name: 'Semiconductors: memory and AI' }).check();
  // Semiconductors sits below Conglomerates in the briefing; two presses of "up" by keyboard put it first.
  const up = panel.getByRole('button', { name: 'Move Semiconductors: memory and AI up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(up).toBeFocused();
  await page.keyboard.press('Enter');
  await panel.getByLabel('Title').fill('Meeting with SK hynix');
  await panel.getByRole('button', { name: 'Export…' }).click();
  await expect(panel.getByRole('status')).toContainText(target, { timeout: 60_000 });
  const pdf = await readPdf(readFileSync(target));
  const text = squash(pdf.pages.map((p) => p.text).join(' '));
  expect(text).toContain('Meeting with SK hynix');
  expect(text).not.toContain('Government strategy');
  const chips = text.indexOf('Semiconductors: memory and AI');
  expect(chips).toBeGreaterThan(-1);
  expect(chips).toBeLessThan(text.indexOf('Conglomerates and global R&D'));

  const sheet = join(app.tmpDir, 'sk-hynix.pdf');
  await app.answerDialogs({ savePath: sheet });
  await panel.getByLabel('Company profile').check();
  await panel.getByRole('combobox', { name: 'Company' }).selectOption('sk-hynix');
  await panel.getByRole('button', { name: 'Export…' }).click();
  await expect(panel.getByRole('status')).toContainText(sheet, { timeout: 60_000 });
  const profile = await readPdf(readFileSync(sheet));
  expect(profile.pages).toHaveLength(1);
  expect(profile.pages[0].text).toContain('SK하이닉스');
});

test('the handout preview follows the picker: an unticked number leaves the thumbnail and the exported page', async () => {
  const { page } = app;
  const target = join(app.tmpDir, 'chips-handout.pdf');
  await app.answerDialogs({ savePath: target });
  // pdf.js draws the preview within the app's strict CSP: nothing it does may be refused.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.getByRole('button', { name: 'Export…' }).click();
  const panel = page.getByRole('dialog', { name: 'Export PDF' });
  await panel.getByLabel('One-page handout').check();
  await panel.getByRole('button', { name: 'None', exact: true }).click();
  await panel.getByRole('checkbox', { name: 'Semiconductors: memory and AI' }).check();
  await panel.getByRole('checkbox', { name: 'Conglomerates and global R&D' }).check();
  const numbers = panel.getByRole('group', { name: /Key numbers/ });
  // The suggestion, as the PDF would choose it: both sections' leads first (in briefing order, as nothing was moved).
  const label = defaultBriefing.sections.find((s) => s.id === 'conglomerates')?.keyFigures[0].label ?? '';
  const box = numbers.getByRole('checkbox', { name: label });
  await expect(box).toBeChecked();
  const thumbnail = panel.locator('canvas[data-numbers]');
  await expect(thumbnail).toHaveAttribute('data-numbers', 'conglomerates-kf-1 semiconductors-kf-1 conglomerates-kf-2 conglomerates-kf-3', {
    timeout: 30_000
  });
  const pixels = (): Promise<string> => thumbnail.evaluate((c: HTMLCanvasElement) => c.toDataURL());
  const before = await pixels();
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Unticked from the keyboard: the thumbnail is drawn again, from a request without it (the next number leads).
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).not.toBeChecked();
  await expect(thumbnail).toHaveAttribute('data-numbers', 'conglomerates-kf-2 semiconductors-kf-1 conglomerates-kf-3', {
    timeout: 30_000
  });
  expect(await pixels()).not.toBe(before);
  await expect(panel.getByRole('button', { name: 'Use the suggestion' })).toBeEnabled();
  // The larger view draws the same page; Escape closes it and leaves the composer open.
  await panel.getByRole('button', { name: /first page, A4: view it larger/ }).click();
  const large = page.getByRole('dialog', { name: 'The handout, A4' });
  await expect(large.getByRole('img', { name: /front, A4/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(large).toBeHidden();
  await expect(panel).toBeVisible();

  await panel.getByRole('button', { name: 'Export…' }).click();
  await expect(panel.getByRole('status')).toContainText(target, { timeout: 60_000 });
  const pdf = await readPdf(readFileSync(target));
  expect(pdf.pages).toHaveLength(1);
  const text = squash(pdf.pages[0].text);
  expect(text).toContain(squash(defaultBriefing.sections.find((s) => s.id === 'semiconductors')?.keyFigures[0].label ?? '?'));
  expect(text).not.toContain(squash(label));
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  expect(app.requests.filter((u) => !u.startsWith(app.origin))).toEqual([]);
});
