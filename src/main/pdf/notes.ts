import type { StructElement } from './layout';
import type { DocContext } from './context';
import { COLORS, type TextStyle } from './theme';

/**
 * The reader's own notes in a PDF: plain text (paragraphs split by blank lines, "- " starting a bullet),
 * never markup. They are always drawn apart from the sourced text, in a ruled box headed "Your notes",
 * and never get a reference number, so nobody mistakes a talking point for a sourced fact.
 */

/** One block of a note: a paragraph or a bullet. */
export interface NoteBlock {
  kind: 'paragraph' | 'bullet';
  text: string;
}

/** Splits plain-text notes into paragraphs and bullets. Pure: the text is taken as it is, no markup read. */
export function parseNotes(text: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const bullet = /^\s*[-•*]\s+(.*)$/.exec(line);
    if (bullet) {
      flush();
      blocks.push({ kind: 'bullet', text: bullet[1] });
    } else if (line.trim() === '') flush();
    else paragraph.push(line.trim());
  }
  flush();
  return blocks.filter((b) => b.text.trim() !== '');
}

const PAD = 8;
const BULLET_INDENT = 10;

/** Styles of a notes box at a body size (the handout sets it smaller than the briefing). */
function styles(size: number): { label: TextStyle; heading: TextStyle; text: TextStyle } {
  return {
    label: { font: 'semibold', size: Math.max(7, size - 1), lineGap: 2, color: COLORS.text, characterSpacing: 0.5 },
    heading: { font: 'semibold', size, lineGap: 1.5, color: COLORS.text },
    text: { font: 'regular', size, lineGap: 1.5, color: COLORS.text }
  };
}

/** A run of note blocks under a heading (a section's title), measured for a width. */
export interface NotesPart {
  heading?: string;
  blocks: NoteBlock[];
}

/** Height of the box's label line plus padding: what any notes box costs before its first line. */
export function notesBoxChrome(ctx: DocContext, size: number): number {
  return 2 * PAD + ctx.flow.measure(`${ctx.t.yourNotes.toUpperCase()}  ${ctx.t.notesAside}`, styles(size).label) + 4;
}

/** Height of one part inside a box of this outer width. */
export function notesPartHeight(ctx: DocContext, part: NotesPart, width: number, size: number): number {
  const s = styles(size);
  const inner = width - 2 * PAD - 4;
  let h = part.heading ? ctx.flow.measure(part.heading, s.heading, inner) + 2 : 0;
  for (const b of part.blocks) h += ctx.flow.measure(b.text, s.text, b.kind === 'bullet' ? inner - BULLET_INDENT : inner) + 3;
  return h + 3;
}

/** Draws a notes box at the cursor holding these parts; the caller has made room (see the height helpers). */
export function drawNotesBox(ctx: DocContext, parent: StructElement, parts: NotesPart[], opts: { width?: number; size: number }): void {
  const { flow, doc } = ctx;
  const s = styles(opts.size);
  const width = opts.width ?? flow.width;
  const x = flow.left;
  const inner = width - 2 * PAD - 4;
  const top = flow.y;
  const height = notesBoxChrome(ctx, opts.size) + parts.reduce((h, p) => h + notesPartHeight(ctx, p, width, opts.size), 0);
  flow.artifact(() => {
    // A dashed frame, unlike anything sourced in the document: set apart even on a black-and-white copy.
    doc
      .rect(x + 0.5, top + 0.5, width - 1, height - 1)
      .lineWidth(0.8)
      .dash(3, { space: 2 })
      .strokeColor(COLORS.muted)
      .stroke()
      .undash();
  });
  const box = doc.struct('Div', { title: ctx.t.yourNotes });
  parent.add(box);
  flow.y = top + PAD;
  const textX = x + PAD + 4;
  flow.tag(box, 'H3', () =>
    flow.writeRuns(
      [
        { text: `${ctx.t.yourNotes.toUpperCase()}  `, style: s.label },
        { text: ctx.t.notesAside, style: { ...s.label, font: 'regular', characterSpacing: 0 }, color: COLORS.muted }
      ],
      { x: textX, width: inner }
    )
  );
  flow.y += 4;
  for (const part of parts) {
    if (part.heading) {
      flow.tag(box, 'P', () => flow.write(part.heading ?? '', s.heading, { x: textX, width: inner }));
      flow.y += 2;
    }
    const list = part.blocks.some((b) => b.kind === 'bullet') ? doc.struct('L') : null;
    if (list) box.add(list);
    for (const b of part.blocks) {
      if (b.kind === 'bullet') {
        const y = flow.y;
        flow.artifact(() =>
          doc
            .circle(textX + 2.5, y + opts.size * 0.6, 1.4)
            .fillColor(COLORS.text)
            .fill()
        );
        flow.tag(list ?? box, 'LI', () => flow.write(b.text, s.text, { x: textX + BULLET_INDENT, width: inner - BULLET_INDENT }));
      } else flow.tag(box, 'P', () => flow.write(b.text, s.text, { x: textX, width: inner }));
      flow.y += 3;
    }
    list?.end();
    flow.y += 3;
  }
  box.end();
  flow.y = top + height;
}
