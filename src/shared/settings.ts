import { z } from 'zod';
import { exportRequestSchema } from './export-request';

/** The interface's language; absent until the reader picks one, and the app follows the system's language. */
const langSchema = z.enum(['en', 'ko']);

/**
 * The remembered packs, each checked on its own: a pack an older or newer version wrote that this one cannot read is
 * dropped alone, and every other briefing keeps its pack.
 */
const packsSchema = z
  .record(z.string().min(1).max(200), z.unknown())
  .catch({})
  .transform((packs) =>
    Object.fromEntries(
      Object.entries(packs).flatMap(([id, pack]) => {
        const parsed = exportRequestSchema.safeParse(pack);
        return parsed.success ? [[id, parsed.data] as const] : [];
      })
    )
  );

/** What the app remembers between runs. Every field has a default, so a partial file still loads. */
export const settingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).catch('system').default('system'),
  zoom: z.number().min(0.5).max(3).catch(1).default(1),
  lang: langSchema.optional().catch(undefined),
  lastSection: z.string().max(64).optional().catch(undefined),
  /** The pack of the export before packs were kept per briefing; used for a briefing that has none of its own. */
  lastExport: exportRequestSchema.optional().catch(undefined),
  /** The meeting pack last exported or printed for each briefing, by the briefing's id (see shared/pack-memory.ts). */
  packs: packsSchema.default({}),
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
  lastExport: exportRequestSchema.optional(),
  packs: z.record(z.string().min(1).max(200), exportRequestSchema).optional()
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
