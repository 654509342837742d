import type { Problem } from '../../../shared/briefing/validate';

/** A start-up notice carries the validator's lines ("$.path: message") after its first line: those, as problems. */
export function parseNotice(text: string): Problem[] {
  return text
    .split('\n')
    .slice(1)
    .map((line) => {
      const at = line.indexOf(': ');
      return at > 0 ? { path: line.slice(0, at), message: line.slice(at + 2) } : { path: '$', message: line };
    });
}
