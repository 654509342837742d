// The notes channels of the contract: the open briefing's notes, read, saved, exported to a file and imported from one.
import { readFile, stat } from 'node:fs/promises';
import type { Services } from '../../shared/ipc';
import { combineNotes, MAX_NOTE_LENGTH, type ImportedNotes } from '../../shared/notes';
import { writeFileAtomic } from './atomic-write';
import { parseNotesText, type BriefingNotes } from './notes-store';
import { saveThroughDialog } from './save-through-dialog';
import type { ServiceDeps } from './services';

/** A notes file larger than this is not a notes file (a thousand sections of full notes would be ~50 MB; no briefing has that). */
const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

type NotesServices = Pick<Services, 'getNotes' | 'saveNote' | 'exportNotes' | 'importNotes'>;

export function createNotesServices(deps: ServiceDeps): NotesServices {
  const { store, dialogs } = deps;
  const NOT_KEPT = { ok: false as const, error: 'Notes are not kept here.' };

  /** The open briefing's notes (a briefing opened from another file has notes of its own). */
  function current(): Promise<BriefingNotes> | undefined {
    const { briefing, origin } = store.current;
    return deps.notes?.for(briefing.id, origin.path);
  }

  async function readImport(path: string): Promise<{ ok: true; sections: Record<string, string> } | { ok: false; error: string }> {
    try {
      const info = await stat(path);
      if (info.isDirectory()) return { ok: false, error: `${path} is a folder, not a notes file.` };
      if (info.size > MAX_IMPORT_BYTES)
        return { ok: false, error: `${path} is ${(info.size / 1048576).toFixed(1)} MB: too large for a notes file.` };
    } catch (err) {
      return { ok: false, error: `Could not read ${path}: ${(err as Error).message}` };
    }
    const parsed = parseNotesText(await readFile(path, 'utf8'));
    if (!parsed.ok) {
      const list = parsed.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
      return { ok: false, error: `${path} is not a notes file this app exported; nothing was imported.\n${list.join('\n')}` };
    }
    const { id } = store.current.briefing;
    if (parsed.notes.briefingId !== id)
      return {
        ok: false,
        error: `${path} holds notes for the briefing "${parsed.notes.briefingId}", not the open one ("${id}"); nothing was imported.`
      };
    return { ok: true, sections: parsed.notes.sections };
  }

  return {
    async getNotes() {
      const notes = await current();
      return notes ? { ok: true, value: notes.current } : NOT_KEPT;
    },

    async saveNote({ sectionId, text }) {
      const notes = await current();
      if (!notes) return NOT_KEPT;
      if (!store.current.briefing.sections.some((s) => s.id === sectionId))
        return { ok: false, error: `No section "${sectionId}" in the open briefing.` };
      try {
        const saved = await notes.setNote(sectionId, text);
        return { ok: true, value: { updated: saved.updated! } };
      } catch (err) {
        return { ok: false, error: `Your note was not saved: ${(err as Error).message}` };
      }
    },

    async exportNotes() {
      const notes = await current();
      if (!notes) return NOT_KEPT;
      const text = JSON.stringify(notes.file, null, 2) + '\n';
      return saveThroughDialog(dialogs, `${store.current.briefing.id}-notes.json`, { name: 'Briefing notes', extensions: ['json'] }, text);
    },

    async importNotes({ mode }) {
      const notes = await current();
      if (!notes) return NOT_KEPT;
      if (!dialogs.chooseFileToOpen) return { ok: false, error: 'Importing notes is not available here.' };
      const path = await dialogs.chooseFileToOpen('Import Notes', { name: 'Briefing notes', extensions: ['json'] });
      if (!path) return { ok: false, error: 'No file chosen.', cancelled: true };
      const read = await readImport(path);
      if (!read.ok) return read;
      const known = new Set(store.current.briefing.sections.map((s) => s.id));
      const unknown = Object.keys(read.sections).filter((id) => !known.has(id));
      const usable = Object.fromEntries(Object.entries(read.sections).filter(([id]) => known.has(id)));
      const before = notes.current.sections;
      const { sections, changed } = combineNotes(before, usable, mode);
      const tooLong = Object.keys(sections).find((id) => sections[id].length > MAX_NOTE_LENGTH);
      if (tooLong)
        return { ok: false, error: `Merged, the note for "${tooLong}" would pass ${MAX_NOTE_LENGTH} characters; nothing was imported.` };
      // Replacing drops the reader's own notes: keep them beside the notes file first, so a wrong choice can be undone.
      if (mode === 'replace' && Object.keys(before).some((id) => before[id] !== sections[id])) {
        const backup = `${notes.path}.before-import-${Date.now()}`;
        try {
          await writeFileAtomic(backup, JSON.stringify(notes.file, null, 2));
        } catch (err) {
          return {
            ok: false,
            error: `Your notes could not be backed up before replacing them (${(err as Error).message}); nothing was imported.`
          };
        }
      }
      try {
        const saved = await notes.replace(sections);
        const value: ImportedNotes = { ...saved, path, changed, unknown };
        return { ok: true, value };
      } catch (err) {
        return { ok: false, error: `The imported notes were not saved: ${(err as Error).message}` };
      }
    }
  };
}
