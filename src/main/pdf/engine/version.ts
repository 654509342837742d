import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The pdfkit release the patches in this folder were written against and tested with. They read and replace
 * pdfkit internals that change between releases (its text writer did in 0.18 and again in 0.20.2), so any
 * other release gets stock pdfkit until the patches have been checked against it and this is updated.
 */
export const PDFKIT_WRITTEN_FOR = '0.20.2';

/** The installed pdfkit's version, from its package.json (which pdfkit does not export); undefined if unreadable. */
export function installedPdfkitVersion(): string | undefined {
  try {
    const entry = createRequire(__filename).resolve('pdfkit');
    // pdfkit's entry is js/pdfkit.js; its package.json is one folder up.
    const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { name?: string; version?: string };
    return pkg.name === 'pdfkit' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}
