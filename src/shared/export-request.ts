import { z } from 'zod';

/** What the export panel asks for; also remembered in the settings as the last export. */
export const exportRequestSchema = z.strictObject({
  kind: z.enum(['briefing', 'handout', 'company']),
  paper: z.enum(['a4', 'letter']),
  sections: z.array(z.string().max(64)).max(1000).optional(),
  preparedFor: z.string().max(200).optional(),
  preparedBy: z.string().max(200).optional(),
  /** For kind "company": the id of the company profile to export. */
  company: z.string().max(64).optional()
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;
