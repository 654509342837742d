import { parseNoteBlocks } from '../../shared/note-blocks';
import type { Section } from '../../shared/briefing/schema';
import type { StructElement } from './layout';
import type { DocContext } from './context';
import { COLORS, SPACE, type TextStyle } from './theme';

/**
 * The reader's own notes in a PDF: plain text (paragraphs split by blank lines, "- " starting a bullet),
 * never markup. They are always drawn apart from the sourced text, in a ruled box headed "Your notes",
 * and never get a reference number, so nobody mistakes a talking point for a sourced fact.
 */

/** One drawn block of a note: a paragraph or one bullet of a list. */
export interface NoteBlock {
  kind: 'paragraph' | 'bullet';
  text: string;
}

/**
 * A note's plain text as the blocks a notes box draws. The reading is shared/notes.ts's parseNoteBlocks, the one the
 * screen uses, so a note's paragraphs and bullets are the same on screen and on paper; a list becomes its bullets.
 */
export function noteBlocks(text: string): NoteBlock[] {
  return parseNoteBlocks(text).flatMap((b): NoteBlock[] =>
    b.kind === 'list' ? b.items.filter((i) => i).map((i) => ({ kind: 'bullet', text: i })) : [{ kind: 'paragraph', text: b.text }]
  );
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

/** The full briefing's notes text size: its body size. */
const BRIEFING_NOTES_SIZE = 10;

/** Splits a block too tall for any page into pieces at line breaks, then between words, each fitting `room`. */
function splitBlock(ctx: DocContext, block: NoteBlock, width: number, room: number): NoteBlock[] {
  const fits = (text: string): boolean => notesPartHeight(ctx, { blocks: [{ ...block, text }] }, width, BRIEFING_NOTES_SIZE) <= room;
  if (fits(block.text)) return [block];
  const pieces: NoteBlock[] = [];
  let current = '';
  // Lines first (talking points are typed a line at a time), words when one line is itself too long.
  const tokens = block.text.split(/(?<=\n)|(?<= )/);
  for (const token of tokens) {
    if (current && !fits(current + token)) {
      pieces.push({ ...block, text: current.trimEnd() });
      current = '';
    }
    current += token;
  }
  if (current.trim()) pieces.push({ ...block, text: current.trimEnd() });
  return pieces;
}

/**
 * The reader's notes at the end of a section of the full briefing, when the pack includes them: in the dashed box
 * labelled "Your notes", after the sourced text and figures, never numbered. A long note runs on over pages, each
 * part in a box of its own with the label again, so no page shows the reader's words unlabelled.
 */
export function drawSectionNotes(ctx: DocContext, parent: StructElement, section: Section): void {
  const blocks = noteBlocks(ctx.notes[section.id] ?? '');
  if (!blocks.length) return;
  const { flow } = ctx;
  const size = BRIEFING_NOTES_SIZE;
  const chrome = notesBoxChrome(ctx, size) + 3;
  const pageRoom = flow.bottom - flow.top - chrome;
  const units = blocks.flatMap((b) => splitBlock(ctx, b, flow.width, pageRoom));
  const height = (b: NoteBlock): number => notesPartHeight(ctx, { blocks: [b] }, flow.width, size);
  flow.gap(SPACE.l);
  let i = 0;
  while (i < units.length) {
    flow.ensure(chrome + height(units[i]));
    const taken: NoteBlock[] = [];
    let used = chrome;
    while (i < units.length && (taken.length === 0 || used + height(units[i]) <= flow.remaining())) {
      used += height(units[i]);
      taken.push(units[i++]);
    }
    // The next part, if any, does not fit below: ensure() starts its page.
    drawNotesBox(ctx, parent, [{ blocks: taken }], { size });
  }
}
