/**
 * A note's text and how it reads as paragraphs and bullet lists. Apart from `notes.ts` because the renderer needs
 * it and must not carry zod: zod probes for eval (`Function('')`), which the page's strict CSP reports as a violation.
 *
 * Screen and PDF both draw the blocks parseNoteBlocks returns, so a note looks the same in both; nothing here (or
 * anywhere) turns a note into HTML.
 */

/** Longest note kept for one section (about six pages of text; the export request takes as much): a limit, so a pasted file cannot stall the page. */
export const MAX_NOTE_LENGTH = 20_000;

/** A note as a list of blocks: paragraphs (their line breaks kept) and bullet lists. */
export type NoteBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const BULLET = /^\s*[-*•]\s+(.*)$/;
// Control characters other than tab and newline: invisible on screen and unprintable in a PDF font.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Reads a note's plain text: blank lines separate blocks; a line starting with "- ", "* " or "• " is a bullet, and
 * an indented line under a bullet continues it; other lines are paragraphs, with their line breaks kept (people type
 * talking points a line at a time).
 */
export function parseNoteBlocks(text: string): NoteBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(CONTROL, '').split('\n');
  const blocks: NoteBlock[] = [];
  let paragraph: string[] | null = null;
  let list: string[] | null = null;
  const end = (): void => {
    if (paragraph) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    if (list) blocks.push({ kind: 'list', items: list });
    paragraph = list = null;
  };
  for (const raw of lines) {
    const line = raw.trimEnd();
    const bullet = BULLET.exec(line);
    if (!line.trim()) end();
    else if (bullet) {
      if (paragraph) end();
      (list ??= []).push(bullet[1].trim());
    } else if (list && /^\s/.test(line)) {
      list[list.length - 1] = `${list[list.length - 1]} ${line.trim()}`.trim();
    } else {
      if (list) end();
      (paragraph ??= []).push(line.trim());
    }
  }
  end();
  return blocks.filter((b) => (b.kind === 'list' ? b.items.some((i) => i) : b.text));
}

/** Does the section have a note worth showing (or printing)? */
export function hasNote(text: string | undefined): text is string {
  return !!text && parseNoteBlocks(text).length > 0;
}
