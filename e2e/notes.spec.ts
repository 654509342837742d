// The reader's own notes on screen: written per section, shown apart and labelled, kept across a relaunch, printed
// in the pack only when asked for; a save that fails says so and keeps the text.
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPdf, squash } from '../src/main/pdf/testing/pdf-reader';
import { launchApp, type LaunchedApp } from './harness';
import { defaultBriefing, openSection, sectionPanel } from './helpers';

const chips = defaultBriefing.sections.find((s) => s.id === 'semiconductors')!;

let app: LaunchedApp | undefined;
test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('a note is written beside its section, shown as text with bullets, kept across a relaunch, and printed in the pack only when asked', async () => {
  const settingsPath = join(mkdtempSync(join(tmpdir(), 'notes-e2e-')), 'settings.json');
  app = await launchApp({ settingsPath });
  let { page } = app;
  await openSection(page, chips);
  const notes = sectionPanel(page).getByRole('region', { name: 'Your notes' });
  await notes.getByRole('button', { name: 'Add your notes' }).click();
  const area = notes.getByRole('textbox', { name: 'Your notes on Semiconductors: memory and AI' });
  await expect(area).toBeFocused();
  await area.fill('Open with HBM <b>share</b>.\n\n- Ask about yields\n- Packaging lines [1]');
  await expect(notes.getByRole('status')).toHaveText('Saved', { timeout: 5000 });
  await notes.getByRole('button', { name: 'Done' }).click();
  // Shown as the reader typed it: the markup is text, the bullets a list, no source number given.
  await expect(notes.locator('p')).toHaveText('Open with HBM <b>share</b>.');
  await expect(notes.locator('b')).toHaveCount(0);
  await expect(notes.getByRole('listitem')).toHaveText(['Ask about yields', 'Packaging lines [1]']);
  await expect(notes.locator('sup, .cite, a')).toHaveCount(0);

  await app.close();
  app = await launchApp({ settingsPath });
  page = app.page;
  await openSection(page, chips);
  const again = sectionPanel(page).getByRole('region', { name: 'Your notes' });
  await expect(again.getByRole('listitem')).toHaveText(['Ask about yields', 'Packaging lines [1]']);

  // The pack: two sections, the notes included; the handout and the briefing both label them.
  const target = join(app.tmpDir, 'with-notes.pdf');
  await app.answerDialogs({ savePath: target });
  await app.command('export');
  const panel = page.getByRole('dialog', { name: 'Export PDF' });
  await panel.getByRole('button', { name: 'None', exact: true }).click();
  await panel.getByRole('checkbox', { name: 'Semiconductors: memory and AI' }).check();
  await panel.getByRole('checkbox', { name: 'Government strategy' }).check();
  await expect(panel.getByText('(1 section; printed apart')).toBeVisible();
  await panel.getByRole('button', { name: 'Export…' }).click();
  await expect(panel.getByRole('status')).toContainText(target, { timeout: 60_000 });
  expect(squash((await readPdf(readFileSync(target))).pages.map((p) => p.text).join(' '))).not.toContain('Ask about yields');
  await panel.getByRole('checkbox', { name: /Include my notes/ }).check();
  for (const kind of ['Full briefing', 'One-page handout']) {
    await panel.getByLabel(kind).check();
    await panel.getByRole('button', { name: 'Export…' }).click();
    await expect(panel.getByRole('status')).toContainText(target, { timeout: 60_000 });
    const text = squash((await readPdf(readFileSync(target))).pages.map((p) => p.text).join(' '));
    expect(text, kind).toContain('YOUR NOTES');
    expect(text, kind).toContain('Ask about yields');
    expect(text, kind).toContain('Open with HBM <b>share</b>.');
  }
});

test('a note that cannot be saved stays on screen and says why', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'notes-e2e-'));
  // Where the notes folder should be, a file: the notes file can be neither read nor written.
  writeFileSync(join(dir, 'notes'), 'not a folder');
  app = await launchApp({ settingsPath: join(dir, 'settings.json') });
  const { page } = app;
  const notes = sectionPanel(page).getByRole('region', { name: 'Your notes' });
  await notes.getByRole('button', { name: 'Add your notes' }).click();
  await notes.getByRole('textbox').fill('Bring the export figures');
  await expect(notes.getByRole('alert')).toContainText('Your note was not saved', { timeout: 5000 });
  await expect(notes.getByRole('textbox')).toHaveValue('Bring the export figures');
});
