import { z } from 'zod';
import { type ErrorCode, errorCodes } from '../core/app-error.ts';

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
export type PageQuery = z.infer<typeof ZPageQuery>;

export const zPage = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
  });

/** Every error answer (RFC 9457 application/problem+json); the OpenAPI document names it Problem. */
export const ZProblem = z
  .object({
    type: z.string().describe('A URI naming the kind of problem, one per `code`.'),
    title: z.string().describe('A short English title of the kind, for people.'),
    status: z.number().int().min(400).max(599),
    code: z
      .enum(Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]])
      .describe('Stable: clients switch on it and translate it.'),
    detail: z.string().describe('What went wrong this time, in English, for people.'),
    errors: z
      .array(
        z.object({
          path: z.string().describe('The refused field, dotted for nested ones (`phones.0.number`).'),
          code: z.string().describe('Stable: what is wrong with the field (`too_small`, `taken`, …).'),
          message: z.string(),
        }),
      )
      .optional()
      .describe('One entry per refused field.'),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof ZProblem>;

export const ZLocale = z.enum(['de', 'en']);
export const ZLanguage = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Expected a language code such as "de" or "en-GB"');
export const ZEmail = z.string().trim().max(254).pipe(z.email());
export const ZTimestamp = z.date().or(z.string());

/**
 * The years the API takes. A business date outside them is a typing error (0202 for 2020), and
 * PostgreSQL has no year 0, so `previousYear` of 0001 would fail in SQL instead of in validation.
 */
export const dateRange = { earliestYear: 1900, latestYear: 2200 } as const;
const inDateRange = (text: string) => {
  const year = Number(text.slice(0, 4));
  return year >= dateRange.earliestYear && year <= dateRange.latestYear;
};
const rangeMessage = `A date from ${dateRange.earliestYear} to ${dateRange.latestYear}`;

/** A business day, YYYY-MM-DD, in the API's range: every date of every contract is one. */
export const ZDay = z.iso.date().refine(inDateRange, { message: rangeMessage });

/** A moment with its UTC offset (2026-11-26T09:30:00+01:00), in the API's range. */
export const ZMoment = z.iso.datetime({ offset: true }).refine(inDateRange, { message: rangeMessage });

/** A table download: its file format and the language of its headers. */
export const ZExportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  locale: z.enum(['de', 'en']).default('de').describe('Headers, and for CSV the separator and decimal mark.'),
});
