/*
 * Every patch in this folder relies on pdfkit internals. When one is not as expected (a new pdfkit), the
 * patch is left out and pdfkit does that work itself: slower or larger, never wrong. Tests are strict and
 * fail instead, so a change of pdfkit is noticed where it is made; the app says so once on stderr.
 */

/** Reports that a patch is left out: `what` pdfkit lacks, `instead` what happens without the patch. */
export type Fallback = (what: string, instead: string) => void;

/** Messages already printed in this process. */
const said = new Set<string>();

/** A Fallback that throws when `strict` (the tests), else tells `warn` once per message per process. */
export function fallbackReporter(strict: boolean, warn: (message: string) => void): Fallback {
  return (what, instead) => {
    const message = `PDF engine: pdfkit changed (${what}); ${instead}.`;
    if (strict) throw new Error(message);
    if (said.has(message)) return;
    said.add(message);
    warn(message);
  };
}
