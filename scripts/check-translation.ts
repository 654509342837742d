/**
 * Checks a translator's file (`[{ path, en, ko }]`, see scripts/translation.ts) before it is imported: every
 * filled-in Korean string states exactly the numbers of its English original.
 *
 *   npx tsx scripts/check-translation.ts done.json
 */
import { readFileSync } from 'node:fs';
import { numberDifference } from '../src/shared/briefing/translation-numbers';

interface Entry {
  path: string;
  en: string;
  ko: string;
}

const file = process.argv[2];
if (!file) {
  console.error('usage: check-translation.ts <entries.json>');
  process.exit(2);
}
const entries = JSON.parse(readFileSync(file, 'utf8')) as Entry[];
let filled = 0;
let bad = 0;
for (const e of entries) {
  if (!e.ko?.trim()) continue;
  filled++;
  const { missing, extra } = numberDifference(e.en, e.ko);
  if (missing.length + extra.length === 0) continue;
  bad++;
  console.log(`${e.path}\n  en: ${e.en}\n  ko: ${e.ko}`);
  if (missing.length) console.log(`  numbers missing in Korean: ${missing.join(', ')}`);
  if (extra.length) console.log(`  numbers the English does not state: ${extra.join(', ')}`);
}
console.log(`${file}: ${filled} of ${entries.length} filled, ${bad} with numbers that differ`);
process.exitCode = bad > 0 ? 1 : 0;
