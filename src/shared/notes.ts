// The reader's own notes and talking points, per section: the file they are kept in (and exported to), and how an
// import meets the notes already there. How a note's text reads as blocks is in note-blocks.ts (the renderer uses it).
import { z } from 'zod';
import { MAX_NOTE_LENGTH } from './note-blocks';

export { MAX_NOTE_LENGTH, hasNote, parseNoteBlocks, type NoteBlock } from './note-blocks';

export const NOTES_FORMAT = 'korea-ai-briefing-notes';

const sectionId = z.string().min(1).max(64);
const noteText = z.string().max(MAX_NOTE_LENGTH);

/** One briefing's notes, as saved on the reader's machine and as exported to a file. */
export const notesFileSchema = z.strictObject({
  format: z.literal(NOTES_FORMAT),
  version: z.literal(1),
  /** The `id` of the briefing the notes were written for. */
  briefingId: z.string().min(1).max(200),
  /** Section id → the note's plain text. Sections without notes are left out. */
  sections: z.record(sectionId, noteText),
  /** When a note last changed (ISO 8601). */
  updated: z.iso.datetime({ offset: true })
});
export type NotesFile = z.infer<typeof notesFileSchema>;

/** A section's notes, as the page sends them while the reader types. */
export const saveNoteSchema = z.strictObject({ sectionId, text: noteText });
export type SaveNoteRequest = z.infer<typeof saveNoteSchema>;

/** How an imported file meets the notes already there (the import dialog states both in these words). */
export const importNotesSchema = z.strictObject({ mode: z.enum(['merge', 'replace']) });
export type ImportNotesRequest = z.infer<typeof importNotesSchema>;

export interface LoadedNotes {
  /** Section id → text, for the open briefing. */
  sections: Record<string, string>;
  updated?: string;
  /** Set when the notes file could not be read: what happened and where the damaged file was kept. */
  notice?: string;
}

export interface NoteSaved {
  updated: string;
}

export interface ImportedNotes extends LoadedNotes {
  path: string;
  /** Sections whose notes the import changed. */
  changed: string[];
  /** Sections in the file that the open briefing does not have (left out, still in the file). */
  unknown: string[];
}

export function emptyNotes(briefingId: string, now = new Date()): NotesFile {
  return { format: NOTES_FORMAT, version: 1, briefingId, sections: {}, updated: now.toISOString() };
}

/**
 * An imported file met with the notes already there. Replace: the file's notes, and no others. Merge: a section
 * with no note takes the file's; a section whose note already holds the file's text keeps its own; otherwise the
 * file's text is added below the reader's, after a blank line, so neither is lost.
 */
export function combineNotes(
  current: Record<string, string>,
  imported: Record<string, string>,
  mode: ImportNotesRequest['mode']
): { sections: Record<string, string>; changed: string[] } {
  const sections: Record<string, string> = mode === 'replace' ? {} : { ...current };
  for (const [id, text] of Object.entries(imported)) {
    if (!text.trim()) continue;
    const mine = sections[id]?.trim();
    if (!mine) sections[id] = text;
    else if (!mine.includes(text.trim())) sections[id] = `${sections[id].trimEnd()}\n\n${text}`;
  }
  const ids = new Set([...Object.keys(current), ...Object.keys(sections)]);
  const changed = [...ids].filter((id) => (current[id] ?? '') !== (sections[id] ?? ''));
  return { sections, changed };
}
