import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { launchApp, type LaunchedApp } from './harness';

// A dataset with Japanese and Chinese ideographs, which the PDF typeface (Pretendard) cannot draw.
const fixture = join(__dirname, '..', 'src', 'main', 'pdf', 'testing', 'han-ideographs-briefing.json');
const shots = process.env.BRIEFING_SHOTS;

let app: LaunchedApp;
test.afterEach(async () => {
  await app?.close();
});

test('a dataset with characters the PDF cannot draw: a notice when it opens, and the export names them with their paths', async () => {
  app = await launchApp({ dataset: fixture });
  const { page } = app;
  const notice = page.getByRole('status').filter({ hasText: 'cannot draw' });
  await expect(notice).toContainText('3 texts of this briefing hold characters the PDF typeface cannot draw (漢 字 東 京 北)');
  if (shots) await page.screenshot({ path: join(shots, 'undrawable-notice.png') });
  const target = join(app.tmpDir, 'han.pdf');
  await app.answerDialogs({ savePath: target });
  await page.getByRole('button', { name: 'Export…' }).click();
  const panel = page.getByRole('dialog', { name: 'Export PDF' });
  await panel.getByRole('button', { name: 'Export…' }).click();
  await expect(panel.getByRole('status')).toContainText(target, { timeout: 30_000 });
  await expect(panel.getByRole('listitem').filter({ hasText: '$.sections[0].facts[0].text' })).toContainText(
    '2 characters the PDF typeface cannot draw: 東 (U+6771), 京 (U+4EAC)'
  );
  if (shots) await panel.screenshot({ path: join(shots, 'undrawable-export.png') });
});

test('the default briefing has no such notice', async () => {
  app = await launchApp();
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(app.page.getByText('cannot draw')).toHaveCount(0);
});
