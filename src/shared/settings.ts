import { z } from 'zod';
import { exportRequestSchema } from './export-request';

/** The interface's language; absent until the reader picks one, and the app follows the system's language. */
const langSchema = z.enum(['en', 'ko']);

/** What the app remembers between runs. Every field has a default, so a partial file still loads. */
export const settingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).catch('system').default('system'),
  zoom: z.number().min(0.5).max(3).catch(1).default(1),
  lang: langSchema.optional().catch(undefined),
  lastSection: z.string().max(64).optional().catch(undefined),
  lastExport: exportRequestSchema.optional().catch(undefined),
  window: z
    .object({
      x: z.number().int(),
      y: z.number().int(),
      width: z.number().int().min(400),
      height: z.number().int().min(300),
      maximized: z.boolean()
    })
    .optional()
    .catch(undefined),
  lastDataset: z.string().max(4096).optional().catch(undefined),
  recent: z.array(z.string().max(4096)).max(10).catch([]).default([])
});
export type Settings = z.infer<typeof settingsSchema>;

/** The part of the settings the page may change. */
export const settingsPatchSchema = z.strictObject({
  theme: z.enum(['system', 'light', 'dark']).optional(),
  zoom: z.number().min(0.5).max(3).optional(),
  lang: langSchema.optional(),
  lastSection: z.string().max(64).optional(),
  lastExport: exportRequestSchema.optional()
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
