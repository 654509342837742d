/**
 * Brings an older dataset up to the current schema version before it is validated, so that files written for an
 * earlier version keep opening.
 *
 * - Version 1 → 2: version 2 added optional `translations` on prose objects and nothing else, so a version-1 file
 *   is a version-2 file without translations.
 */
export function migrateBriefing(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const record = data as Record<string, unknown>;
  if (record.schemaVersion === 1) return { ...record, schemaVersion: 2 };
  return data;
}
