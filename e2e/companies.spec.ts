import { expect, test } from '@playwright/test';
import { launchApp, type LaunchedApp } from './harness';
import { defaultBriefing, openSection } from './helpers';

let app: LaunchedApp;
test.afterEach(async () => {
  await app?.close();
});

const shots = process.env.COMPANY_SHOTS;

test('a company name in the text opens its profile, and search finds a company', async () => {
  app = await launchApp({ viewport: { width: 1280, height: 900 } });
  const { page } = app;
  const semis = defaultBriefing.sections.find((s) => s.id === 'semiconductors')!;
  await openSection(page, semis);
  // A mention of SK hynix in the Semiconductors text (the Conglomerates text names Samsung if this one does not).
  const panel = page.locator('[role="tabpanel"]');
  await panel.locator('p.body').getByRole('button', { name: 'SK hynix', exact: true }).first().click();
  const heading = page.getByRole('heading', { level: 2, name: /SK hynix/ });
  await expect(heading).toBeVisible();
  await expect(heading).toContainText('SK하이닉스');
  await expect(panel.getByText('KRW 97.1 tn')).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Where the briefing names it' })).toBeVisible();
  if (shots) await page.screenshot({ path: `${shots}/profile-sk-hynix-1280.png`, fullPage: true });

  // A mention on the profile leads back to the section that names it.
  await panel.locator('button.mention').filter({ hasText: 'Semiconductors' }).first().click();
  await expect(page.getByRole('tab', { name: semis.shortTitle ?? semis.title })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('tab', { name: 'Companies' }).click();
  await page.getByRole('button', { name: /All companies/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Companies' })).toBeVisible();
  await expect(page.locator('.cards li')).toHaveCount(defaultBriefing.companies!.filter((c) => c.id).length);
  if (shots) await page.screenshot({ path: `${shots}/companies-1280.png`, fullPage: true });
  if (shots) {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.screenshot({ path: `${shots}/companies-1024.png`, fullPage: true });
    await page.getByRole('button', { name: /^SK hynix SK하이닉스/ }).click();
    await page.screenshot({ path: `${shots}/profile-sk-hynix-1024.png`, fullPage: true });
  }

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search' }).fill('퓨리오사');
  await page
    .getByRole('option', { name: /FuriosaAI/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: /FuriosaAI/ })).toBeVisible();
});
