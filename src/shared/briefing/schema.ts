import { z } from 'zod';

/** Current version of the briefing dataset format. */
export const SCHEMA_VERSION = 2;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens, e.g. "gov-strategy"')
  .max(64);

const text = z.string().trim().min(1, 'must not be empty').max(20_000);
const shortText = z.string().trim().min(1, 'must not be empty').max(300);

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return y >= 1900 && y <= 2100;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return y >= 1900 && y <= 2100;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2100;
}

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date (years 1900–2100)');

/** A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date (years 1900–2100)');

const sourceIds = z.array(id).min(1, 'must name at least one source id');

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

/**
 * The Korean version of an object's prose fields (schema version 2): `translations.ko.<field>`. Any field may be
 * left out — the English shows in its place, and the validator lists it as untranslated. A translation changes
 * words, never facts: numbers, ids and sources stay on the object itself (see translation-sites.ts).
 */
function translations<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject({ ko: z.strictObject(shape).partial().optional() }).optional();
}

export const sourceSchema = z.strictObject({
  id,
  translations: translations({ title: shortText }),
  title: shortText,
  publisher: shortText,
  author: shortText.optional(),
  /** Publication date, as precise as known. */
  date: partialDate.optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(2000)
    .optional(),
  /** When the source was read. */
  accessed: isoDate.optional(),
  kind: z.enum(['article', 'government', 'report', 'news', 'company', 'database', 'other']).optional(),
  /**
   * "weak": an aggregator, blog, AI-written summary or forum repost (the research's [weak source]). It may back a
   * fact check or sit beside a stronger source; the validator refuses a statement that rests on weak sources alone.
   */
  strength: z.enum(['weak']).optional()
});

/** A sentence or paragraph of the briefing with the sources that back it. */
export const sourcedTextSchema = z.strictObject({
  text,
  translations: translations({ text }),
  sources: sourceIds
});

/** A later source's verdict on a claim; the claim itself is kept as it was made. */
export const factCheckSchema = z.strictObject({
  verdict: z.enum(['confirmed', 'differs', 'unconfirmed', 'disputed']),
  note: text,
  translations: translations({ note: text }),
  sources: sourceIds
});

export const factSchema = z.strictObject({
  id,
  text,
  translations: translations({ text }),
  sources: sourceIds,
  /** The date the fact's number is as of. */
  asOf: partialDate.optional(),
  checks: z.array(factCheckSchema).max(20).optional()
});

export const keyFigureSchema = z.strictObject({
  /** Optional stable id (for choosing it for the handout); without one it is "<sectionId>-kf-<n>", n from 1. */
  id: id.optional(),
  label: shortText,
  value: finite,
  unit: z.string().trim().max(40),
  translations: translations({ label: shortText, unit: z.string().trim().max(40) }),
  /** Words before the number when the source gives no exact figure. */
  qualifier: z.enum(['about', 'more than', 'up to', 'nearly']).optional(),
  sources: sourceIds,
  asOf: partialDate.optional()
});

const seriesSchema = z.strictObject({
  name: shortText,
  translations: translations({ name: shortText }),
  values: z.array(finite.nullable()).min(1).max(10_000)
});

const figureBase = {
  id,
  title: shortText,
  /** Unit of the values, e.g. "USD bn", "%", "patents". */
  unit: z.string().trim().max(40),
  sources: sourceIds,
  note: text.optional(),
  /** The sources of the numbers the note states; required when the note has a digit in it (the validator checks). */
  noteSources: sourceIds.optional(),
  asOf: partialDate.optional(),
  /** One sentence a screen reader or a reader without the chart gets. */
  summary: text.optional(),
  /** Korean title, unit, note, summary, and category labels (one per label, same order). */
  translations: translations({
    title: shortText,
    unit: z.string().trim().max(40),
    note: text,
    summary: text,
    labels: z.array(shortText).max(10_000)
  })
};

export const seriesFigureSchema = z
  .strictObject({
    ...figureBase,
    kind: z.enum(['bar', 'line', 'share']),
    /** Horizontal bars read better for long category names. */
    horizontal: z.boolean().optional(),
    stacked: z.boolean().optional(),
    labels: z.array(shortText).min(1).max(10_000),
    series: z.array(seriesSchema).min(1).max(12)
  })
  .superRefine((fig, ctx) => {
    fig.series.forEach((s, i) => {
      if (s.values.length !== fig.labels.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['series', i, 'values'],
          message: `has ${s.values.length} values but the figure has ${fig.labels.length} labels`
        });
      }
    });
    if (fig.kind === 'share') {
      if (fig.series.length !== 1) {
        ctx.addIssue({ code: 'custom', path: ['series'], message: 'a share figure has exactly one series' });
      }
      fig.series.forEach((s, i) =>
        s.values.forEach((v, j) => {
          if (v !== null && v < 0) {
            ctx.addIssue({ code: 'custom', path: ['series', i, 'values', j], message: 'a share cannot be negative' });
          }
        })
      );
    }
  });

export const timelineEventSchema = z.strictObject({
  date: partialDate,
  label: shortText,
  detail: text.optional(),
  translations: translations({ label: shortText, detail: text }),
  sources: sourceIds
});

export const timelineFigureSchema = z.strictObject({
  ...figureBase,
  kind: z.literal('timeline'),
  events: z.array(timelineEventSchema).min(1).max(1000)
});

export const figureSchema = z.discriminatedUnion('kind', [seriesFigureSchema, timelineFigureSchema]);

export const sectionSchema = z.strictObject({
  id,
  title: shortText,
  /** Short tab label; defaults to the title. */
  shortTitle: z.string().trim().min(1).max(40).optional(),
  summary: text,
  translations: translations({ title: shortText, shortTitle: z.string().trim().min(1).max(40), summary: text }),
  takeaways: z.array(sourcedTextSchema).max(50),
  keyFigures: z.array(keyFigureSchema).max(50),
  body: z.array(sourcedTextSchema).max(500),
  facts: z.array(factSchema).max(1000).optional(),
  figures: z.array(figureSchema).max(200)
});

/** A flagship model or product of a company, with the date it was shown or released. */
export const companyProductSchema = z.strictObject({
  name: shortText,
  /** When it was released, unveiled or launched, as precise as known. */
  date: partialDate.optional(),
  detail: shortText.optional(),
  translations: translations({ detail: shortText }),
  sources: sourceIds
});

/** A partnership, customer deal or investment between a company and another organisation. */
export const companyPartnershipSchema = z.strictObject({
  partner: shortText,
  /** The partner's own profile in `companies`, when it has one. */
  partnerId: id.optional(),
  detail: shortText,
  translations: translations({ partner: shortText, detail: shortText }),
  date: partialDate.optional(),
  sources: sourceIds
});

/**
 * A company the briefing names. Version-1 datasets list companies as table rows (name, focus, product);
 * a company with an `id` is a profile: it has a page of its own, a Korean name and two to four numbers.
 */
export const companySchema = z
  .strictObject({
    /** Makes the company a profile (a page, a PDF, links from its mentions). */
    id: id.optional(),
    name: shortText,
    /** The name as printed in Korean-language text (Hangul, or Latin letters where the company writes it so, e.g. KT). */
    nameKo: shortText.optional(),
    founded: z.number().int().min(1800).max(2100).optional(),
    /** What the company does in AI, in a sentence. */
    focus: shortText,
    product: shortText.optional(),
    translations: translations({ focus: shortText, product: shortText }),
    /** Section the company belongs to, e.g. "startups". */
    section: id.optional(),
    /** Id of the group company this one belongs to, when that has a profile. */
    parent: id.optional(),
    /** Other names a text may use for the company (e.g. "Samsung", "Naver Cloud"): how its mentions are found. */
    aliases: z.array(shortText).max(20).optional(),
    products: z.array(companyProductSchema).max(12).optional(),
    /** Two to four sourced numbers for a profile, shaped like a section's key figures. */
    keyFigures: z.array(keyFigureSchema).max(4).optional(),
    partnerships: z.array(companyPartnershipSchema).max(12).optional(),
    sources: sourceIds
  })
  .superRefine((c, ctx) => {
    if (c.id === undefined) return;
    if (!c.nameKo) ctx.addIssue({ code: 'custom', path: ['nameKo'], message: `a company profile ("${c.id}") needs its Korean name` });
    const n = c.keyFigures?.length ?? 0;
    if (n < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['keyFigures'],
        message: `a company profile ("${c.id}") needs two to four sourced numbers; it has ${n}`
      });
  });

export const glossaryEntrySchema = z.strictObject({
  term: shortText,
  ko: shortText.optional(),
  explanation: text,
  translations: translations({ explanation: text }),
  sources: z.array(id).optional()
});

/** A whole briefing dataset. */
export const briefingSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  title: shortText,
  subtitle: shortText.optional(),
  /** What the dataset calls itself on the cover and in the header. */
  label: shortText.optional(),
  translations: translations({ title: shortText, subtitle: shortText, label: shortText }),
  asOf: isoDate,
  /** The terms on which the dataset may be reused, e.g. "CC BY 4.0"; written into every figure download. */
  licence: shortText.optional(),
  /** Id of the source the briefing starts from (an article): facts citing it are its claims and carry a verdict. */
  basedOn: id.optional(),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as "en"'),
  sources: z.array(sourceSchema).min(1).max(5000),
  sections: z.array(sectionSchema).min(1).max(1000),
  companies: z.array(companySchema).max(5000).optional(),
  glossary: z.array(glossaryEntrySchema).max(5000).optional()
});

export type Source = z.infer<typeof sourceSchema>;
export type SourcedText = z.infer<typeof sourcedTextSchema>;
export type FactCheck = z.infer<typeof factCheckSchema>;
export type Fact = z.infer<typeof factSchema>;
export type KeyFigure = z.infer<typeof keyFigureSchema>;
export type SeriesFigure = z.infer<typeof seriesFigureSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type TimelineFigure = z.infer<typeof timelineFigureSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Company = z.infer<typeof companySchema>;
export type CompanyProduct = z.infer<typeof companyProductSchema>;
export type CompanyPartnership = z.infer<typeof companyPartnershipSchema>;
/** A company with an id: one that has a page. */
export type CompanyProfile = Company & { id: string; nameKo: string };
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Briefing = z.infer<typeof briefingSchema>;
