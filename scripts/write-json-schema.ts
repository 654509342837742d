// Writes the JSON Schema of the dataset format, generated from the zod schema (the one definition).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { briefingSchema } from '../src/shared/briefing/schema';

/** The JSON Schema document for briefing datasets. */
export function briefingJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(briefingSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: 'https://korea-ai-briefing.invalid/briefing.schema.json',
    title: 'Briefing dataset'
  };
}

if (require.main === module) {
  const out = join(__dirname, '..', 'docs', 'briefing.schema.json');
  // Formatted as the repository formats JSON, so `npm run lint` stays clean after a regeneration.
  void resolveConfig(out)
    .then((options) => format(JSON.stringify(briefingJsonSchema(), null, 2), { ...(options ?? {}), filepath: out }))
    .then((text) => {
      writeFileSync(out, text);
      console.log(`Wrote ${out}`);
    });
}
