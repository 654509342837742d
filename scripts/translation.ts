/**
 * The translator's round trip for a dataset:
 *
 *   npx tsx scripts/translation.ts export ko resources/briefing.json [--only <path prefix>,…] [--all] > todo.json
 *   npx tsx scripts/translation.ts import ko resources/briefing.json done.json
 *
 * `export` lists every string still without a Korean version (with `--all`, every string, with its Korean for review) (and the Hangul names glossary terms and companies
 * lack) as `[{ path, en, ko: "" }]`; `import` writes the filled-in `ko` strings into the dataset's
 * `translations.ko` (or `ko` / `nameKo` for names), refusing any entry whose English has changed since export.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { translationSites, unitsOf, translationOf, type TranslationUnit } from '../src/shared/briefing/translation-sites';
import type { Briefing } from '../src/shared/briefing/schema';

interface Entry {
  path: string;
  en: string;
  ko: string;
}

type Obj = Record<string, unknown>;

/** Hangul names a glossary term or a company lacks: not translations of prose, but strings the Korean edition needs. */
function missingNames(b: Briefing): { path: string; en: string; owner: Obj; key: string }[] {
  const out: { path: string; en: string; owner: Obj; key: string }[] = [];
  (b.glossary ?? []).forEach((g, i) => {
    if (!g.ko) out.push({ path: `$.glossary[${i}].ko`, en: g.term, owner: g as Obj, key: 'ko' });
  });
  (b.companies ?? []).forEach((c, i) => {
    if (!c.nameKo) out.push({ path: `$.companies[${i}].nameKo`, en: c.name, owner: c as Obj, key: 'nameKo' });
  });
  return out;
}

function allUnits(b: Briefing): Map<string, TranslationUnit> {
  const map = new Map<string, TranslationUnit>();
  for (const site of translationSites(b)) for (const u of unitsOf(site)) map.set(u.path, u);
  return map;
}

function exportTodo(b: Briefing, prefixes: string[], all: boolean): Entry[] {
  const wanted = (path: string): boolean => prefixes.length === 0 || prefixes.some((p) => path.startsWith(p));
  const out: Entry[] = [];
  for (const u of allUnits(b).values()) {
    if (u.site.kind === 'source') continue; // source titles: only where a Korean title exists, added by hand
    const ko = translationOf(u, 'ko');
    if ((all || ko === undefined) && wanted(u.path)) out.push({ path: u.path, en: u.source, ko: ko ?? '' });
  }
  for (const n of missingNames(b)) if (wanted(n.path)) out.push({ path: n.path, en: n.en, ko: '' });
  return out;
}

function importDone(b: Briefing, entries: Entry[]): string[] {
  const units = allUnits(b);
  const names = new Map(missingNames(b).map((n) => [n.path, n]));
  const problems: string[] = [];
  for (const e of entries) {
    if (typeof e.ko !== 'string' || e.ko.trim() === '') continue;
    const name = names.get(e.path);
    if (name) {
      if (name.en !== e.en) problems.push(`${e.path}: the English is now "${name.en}", not "${e.en}"`);
      else name.owner[name.key] = e.ko.trim();
      continue;
    }
    const u = units.get(e.path);
    if (!u) {
      problems.push(`${e.path}: no such translatable string in the dataset`);
      continue;
    }
    if (u.source !== e.en) {
      problems.push(`${e.path}: the English has changed since export`);
      continue;
    }
    const owner = u.site.owner;
    const translations = (owner.translations ??= {}) as Record<string, Obj>;
    const ko = (translations.ko ??= {});
    if (u.index !== undefined) {
      const labels = (ko.labels ??= (owner.labels as string[]).map(() => '')) as string[];
      labels[u.index] = e.ko.trim();
    } else ko[u.field] = e.ko.trim();
  }
  return problems;
}

async function main(argv: string[]): Promise<number> {
  const [command, lang, file, ...rest] = argv;
  if (lang !== 'ko' || !file || (command !== 'export' && command !== 'import')) {
    console.error('usage: translation.ts export ko <dataset> [--only <prefix>,…] [--all] | import ko <dataset> <entries.json>');
    return 2;
  }
  const b = JSON.parse(readFileSync(file, 'utf8')) as Briefing;
  if (command === 'export') {
    const i = rest.indexOf('--only');
    const prefixes = i >= 0 ? (rest[i + 1] ?? '').split(',').filter(Boolean) : [];
    process.stdout.write(JSON.stringify(exportTodo(b, prefixes, rest.includes('--all')), null, 1) + '\n');
    return 0;
  }
  const entries = JSON.parse(readFileSync(rest[0], 'utf8')) as Entry[];
  const problems = importDone(b, entries);
  for (const p of problems) console.error(p);
  if (problems.length > 0) return 1;
  // Written the way the repository formats JSON, so an import's diff shows only the Korean added.
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(JSON.stringify(b, null, 2), { ...options, filepath: file }));
  console.error(`${file}: ${entries.filter((e) => e.ko?.trim()).length} Korean strings written`);
  return 0;
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
