import { z } from 'zod';

/** Building blocks shared by the feature contracts (and the web app's forms). */
export const ZId = z.uuid();
export const ZIdParams = z.object({ id: ZId });

/** A required single-line text: trimmed, not empty, bounded. */
export const zLine = (max: number) => z.string().trim().min(1).max(max);
/** An optional text: empty input means "not set" (null). */
export const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

/** Days between contacts (the contact cadence): of a tier, an account or a person. */
export const ZCadenceDays = z.number().int().min(1).max(365);

export const ZVersion = z.number().int().min(1).describe('The version you read; a stale one answers 409.');

export const ZPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const zPage = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
  });

export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
});

export const ZLocale = z.enum(['de', 'en']);
export const ZLanguage = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Expected a language code such as "de" or "en-GB"');
export const ZEmail = z.string().trim().max(254).pipe(z.email());
export const ZTimestamp = z.date().or(z.string());

/** A table download: its file format and the language of its headers. */
export const ZExportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  locale: z.enum(['de', 'en']).default('de').describe('Headers, and for CSV the separator and decimal mark.'),
});
