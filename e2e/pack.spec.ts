// The meeting pack is remembered per briefing: the composer's choices come back when that briefing is opened again,
// Print prints them, and a remembered pack naming what the briefing no longer has is trimmed with a notice.
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPdf } from '../src/main/pdf/testing/pdf-reader';
import { launchApp, type LaunchedApp } from './harness';
import { defaultBriefing } from './helpers';

let app: LaunchedApp | undefined;
test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('the pack comes back for its briefing after a relaunch, and Print prints it', async () => {
  const settingsPath = join(mkdtempSync(join(tmpdir(), 'pack-e2e-')), 'settings.json');
  app = await launchApp({ settingsPath });
  let panel = app.page.getByRole('dialog', { name: 'Export PDF' });
  const target = join(app.tmpDir, 'pack.pdf');
  await app.answerDialogs({ savePath: target });
  await app.command('export');
  await panel.getByRole('button', { name: 'None', exact: true }).click();
  await panel.getByRole('checkbox', { name: 'Talent and investment' }).check();
  await panel.getByRole('checkbox', { name: 'Semiconductors: memory and AI' }).check();
  await panel.getByRole('button', { name: 'Move Semiconductors: memory and AI up' }).click();
  await panel.getByLabel('One-page handout').check();
  await panel.getByLabel('US Letter').check();
  await panel.getByLabel('Title').fill('Samsung and SK hynix');
  await panel.getByLabel('Prepared for').fill('Board');
  await panel.getByRole('checkbox', { name: /Include my notes/ }).check();
  await panel.getByRole('button', { name: 'Export…' }).click();
  await expect(panel.getByRole('status')).toContainText(target, { timeout: 60_000 });
  const exported = (await readPdf(readFileSync(target))).pages.map((p) => p.text);
  await expect
    .poll(() => JSON.parse(readFileSync(settingsPath, 'utf8')).packs?.[defaultBriefing.id])
    .toMatchObject({ kind: 'handout', paper: 'letter', sections: ['semiconductors', 'talent-investment'], title: 'Samsung and SK hynix' });
  await app.close();

  app = await launchApp({ settingsPath });
  await app.command('print');
  await expect.poll(async () => (await app!.printed()).length, { timeout: 60_000 }).toBe(1);
  const [job] = await app.printed();
  expect(job.paper).toBe('letter');
  expect((await readPdf(job.pdf)).pages.map((p) => p.text)).toEqual(exported);
  await app.command('export');
  panel = app.page.getByRole('dialog', { name: 'Export PDF' });
  await expect(panel.getByLabel('One-page handout')).toBeChecked();
  await expect(panel.getByLabel('US Letter')).toBeChecked();
  await expect(panel.getByLabel('Title')).toHaveValue('Samsung and SK hynix');
  await expect(panel.getByLabel('Prepared for')).toHaveValue('Board');
  await expect(panel.getByRole('checkbox', { name: /Include my notes/ })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Semiconductors: memory and AI' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Overview' })).not.toBeChecked();
});

test('a remembered pack naming sections the briefing no longer has is trimmed, with a notice', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pack-e2e-'));
  const settingsPath = join(dir, 'settings.json');
  const pack = { kind: 'briefing', paper: 'a4', sections: ['mars', 'semiconductors'], title: 'Old pack' };
  writeFileSync(settingsPath, JSON.stringify({ packs: { [defaultBriefing.id]: pack } }));
  app = await launchApp({ settingsPath });
  await expect(app.page.getByRole('status').filter({ hasText: 'remembered' })).toContainText('left out: sections “mars”');
  await app.command('print');
  await expect.poll(async () => (await app!.printed()).length, { timeout: 60_000 }).toBe(1);
  const text = (await readPdf((await app.printed())[0].pdf)).pages.map((p) => p.text).join(' ');
  expect(text).toContain('Old pack');
  expect(text).toContain('Semiconductors: memory and AI');
  expect(text).not.toContain('Government strategy');
});
