// Takes a screenshot of every tab (and the glossary) at two window sizes, for looking at the app as a reader.
// Usage: npm run build && tsx scripts/screenshots.ts [outDir] [--dark] [--ko] [--dataset file]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchApp } from '../e2e/harness';
import { translate } from '../src/shared/i18n/messages';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outDir = resolve(args.find((a) => !a.startsWith('--')) ?? 'screenshots');
  const dark = args.includes('--dark');
  // --ko: the app in Korean (as on a Korean system), the file names marked -ko.
  const lang = args.includes('--ko') ? 'ko' : 'en';
  const datasetAt = args.indexOf('--dataset');
  const dataset = datasetAt >= 0 ? resolve(args[datasetAt + 1]) : undefined;
  mkdirSync(outDir, { recursive: true });
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 }
  ]) {
    const app = await launchApp({
      viewport,
      dataset,
      colorScheme: dark ? 'dark' : 'light',
      systemLanguage: lang === 'ko' ? 'ko-KR' : undefined
    });
    try {
      const tabs = app.page.getByRole('tablist', { name: translate(lang, 'tabs.sections') }).getByRole('tab');
      await tabs.first().waitFor();
      const count = await tabs.count();
      for (let i = 0; i < count; i++) {
        const tab = tabs.nth(i);
        await tab.click();
        await app.page.waitForTimeout(150);
        const id = (await tab.getAttribute('id'))?.replace(/^tab-/, '') ?? String(i);
        await app.page.screenshot({
          path: join(
            outDir,
            `${viewport.width}-${String(i).padStart(2, '0')}-${id}${dark ? '-dark' : ''}${lang === 'ko' ? '-ko' : ''}.png`
          ),
          fullPage: true
        });
      }
    } finally {
      await app.close();
    }
  }
  console.log(`Screenshots in ${outDir}`);
}

void main();
