import { z } from 'zod';
import { isoDate } from './briefing/schema';

const itemId = z.string().min(1).max(64);
const optionalText = z.string().trim().max(200).optional();

/**
 * What the export panel (the meeting-pack composer), Print and the CLI ask for; also remembered in the
 * settings as the last export. One type for every caller: the PDF code takes it as it is.
 *
 * - `sections`: section ids in the reader's order; the PDF and the handout follow that order. Absent = all, in
 *   briefing order.
 * - `title`: the pack's title (default: the briefing's). `date`: the meeting's date, YYYY-MM-DD.
 * - `handoutFigures`: figure ids for the handout, in order (absent = preselected from the chosen sections).
 * - `handoutNumbers`: key-figure ids for the handout's key numbers (absent = each chosen section's lead number).
 *   A key figure's id is its own `id` or, without one, `<sectionId>-kf-<n>` with n counting from 1 in the
 *   section (see keyFigureId in shared/briefing/key-figures.ts).
 * - `notes`: the reader's own notes, section id → plain text (paragraphs separated by blank lines, "- " starts a
 *   bullet). Never HTML; printed as text, labelled "Your notes", never given a source number.
 * - `includeNotes`: print the notes (default true when `notes` is given; false keeps them out).
 * - `backPage`: the handout gets a second page for the figures and notes the front had no room for.
 * - `lang`: the language of the PDF, "en" (default) or "ko": the dataset's Korean prose where it has it (English
 *   where a string is not translated yet) and the PDF's own words in Korean.
 * - `bilingual`: for the handout only — the same handout twice on one sheet, page 1 in English and page 2 in
 *   Korean, for handing across the table; `lang` is then ignored, and there is no back page (each side is one page).
 */
export const exportRequestSchema = z.strictObject({
  kind: z.enum(['briefing', 'handout', 'company'], {
    error: (issue) => `Unknown PDF kind "${String(issue.input)}"; expected "briefing", "handout" or "company".`
  }),
  paper: z.enum(['a4', 'letter'], { error: (issue) => `Unknown paper size "${String(issue.input)}"; expected "a4" or "letter".` }),
  sections: z.array(itemId).max(1000).optional(),
  title: optionalText,
  date: isoDate.optional(),
  preparedFor: optionalText,
  preparedBy: optionalText,
  handoutFigures: z.array(itemId).max(200).optional(),
  handoutNumbers: z.array(itemId).max(200).optional(),
  notes: z.record(itemId, z.string().max(20_000)).optional(),
  includeNotes: z.boolean().optional(),
  backPage: z.boolean().optional(),
  /** For kind "company": the id of the company profile to export. */
  company: itemId.optional(),
  lang: z.enum(['en', 'ko']).optional(),
  bilingual: z.boolean().optional()
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** The reader's notes that an export prints: none unless given and not switched off; blank ones dropped. */
export function notesToPrint(request: Pick<ExportRequest, 'notes' | 'includeNotes'>): Record<string, string> {
  if (!request.notes || request.includeNotes === false) return {};
  return Object.fromEntries(Object.entries(request.notes).filter(([, text]) => text.trim() !== ''));
}
