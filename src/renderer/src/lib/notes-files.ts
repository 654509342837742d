/**
 * The reader's notes to a file and back (File → Export Notes… / Import Notes…). Each resolves to the sentence the
 * notice bar shows, or null when the reader cancelled. An import merges: a section's own note is kept and the
 * file's is added below it.
 */
export async function exportNotesFile(): Promise<string | null> {
  const result = await window.briefing.exportNotes();
  if (result.ok) return `Your notes were saved to ${result.value.path}.`;
  return result.cancelled ? null : result.error;
}

export async function importNotesFile(): Promise<string | null> {
  const result = await window.briefing.importNotes({ mode: 'merge' });
  if (!result.ok) return result.cancelled ? null : result.error;
  const { changed, unknown, path } = result.value;
  const skipped = unknown.length ? ` Left out, for sections this briefing does not have: ${unknown.join(', ')}.` : '';
  return `Notes from ${path} merged with yours: ${changed.length} section${changed.length === 1 ? '' : 's'} changed.${skipped}`;
}
