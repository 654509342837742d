// The exported PDF as other programs read it: qpdf's structural check, poppler's font list and text.
// .ci/run installs qpdf and poppler-utils; without them these tests fail and say what to install.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../shared/briefing/schema';
import { buildPdf } from '.';

const root = join(__dirname, '..', '..', '..');
const briefing = JSON.parse(readFileSync(join(root, 'resources', 'briefing.json'), 'utf8')) as Briefing;
const dir = mkdtempSync(join(tmpdir(), 'pdf-readers-'));

function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stdout?: string };
    if (e.code === 'ENOENT') throw new Error(`${tool} is not installed: apt-get install -y qpdf poppler-utils`, { cause: err });
    throw new Error(`${tool} failed: ${e.message}\n${e.stdout ?? ''}`, { cause: err });
  }
}

describe.each(['briefing', 'handout'] as const)('the %s PDF read by qpdf and poppler', (kind) => {
  const file = join(dir, `${kind}.pdf`);
  beforeAll(async () => {
    writeFileSync(file, await buildPdf(briefing, { kind, paper: 'a4' }, { fontDir: join(root, 'resources', 'fonts') }));
  });

  it('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors found/);
  });

  it('embeds (and subsets) every font', () => {
    const rows = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cols = row.trim().split(/\s+/);
      // Columns end with: emb sub uni object-number generation.
      const [emb, sub] = cols.slice(-5, -3);
      expect(`${cols[0]} emb=${emb} sub=${sub}`).toMatch(/emb=yes sub=yes$/);
    }
  });

  it('gives back the section titles and Korean terms as text', () => {
    const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, ' ');
    if (kind === 'handout') {
      expect(text).toContain(briefing.title);
      return;
    }
    for (const s of briefing.sections) expect(text).toContain(s.title.replace(/\s+/g, ' '));
    // The glossary's Hangul names come back intact.
    const ko = (briefing.glossary ?? []).map((g) => g.ko).filter((k): k is string => !!k);
    expect(ko.length).toBeGreaterThan(5);
    for (const name of ko.slice(0, 10)) expect(text).toContain(name);
  });
});
