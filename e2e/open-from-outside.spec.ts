import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchApp, type LaunchedApp } from './harness';
import { defaultBriefing, examplePath } from './helpers';

let app: LaunchedApp | undefined;
test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('a dataset handed over by a second launch opens in the running window', async () => {
  app = await launchApp();
  const file = join(app.tmpDir, 'handed-over.kbriefing');
  writeFileSync(file, readFileSync(examplePath));
  await app.handOver(file);
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Example Briefing');
  await expect(app.page.getByTestId('dataset-name')).toHaveText('handed-over.kbriefing');
});

test('a bad file handed over shows its problems and keeps the current briefing', async () => {
  app = await launchApp();
  const bad = join(app.tmpDir, 'bad.kbriefing');
  writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(examplePath, 'utf8')), asOf: '2024-02-30' }));
  await app.handOver(bad);
  const dialog = app.page.getByRole('dialog');
  await expect(dialog).toContainText('$.asOf');
  await expect(dialog).toContainText('not a real calendar date');
  await app.page.screenshot({ path: test.info().outputPath('bad-file-handed-over.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(defaultBriefing.title);
});
