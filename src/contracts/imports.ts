import { z } from 'zod';
import {
  dateFormats,
  delimiters,
  revenueFields,
  textEncodings,
} from '../features/identify/imports/parsing/index.ts';
import { ZId, ZTimestamp } from './common.ts';

export const ZColumnMapping = z
  .partialRecord(z.enum(revenueFields), z.string().trim().min(1).max(500))
  .describe('Kontor field → the header of the file column that holds it.');

export const ZSettingsOverrides = z
  .object({
    encoding: z.enum(textEncodings),
    delimiter: z.enum(delimiters),
    headerRowNumber: z.number().int().min(1).max(1000),
    decimalStyle: z.enum(['comma', 'point']),
    dateFormat: z.enum(dateFormats),
  })
  .partial()
  .strict();

export const ZInspectRequest = z
  .object({
    overrides: ZSettingsOverrides.default({}).describe('Settings to use instead of the detected ones.'),
  })
  .strict();
export type InspectRequest = z.infer<typeof ZInspectRequest>;

export const ZValidateRequest = z
  .object({
    mapping: ZColumnMapping,
    overrides: ZSettingsOverrides.optional(),
    defaultCurrency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .default('EUR')
      .describe('For files without a currency column.'),
  })
  .strict();
export type ValidateRequest = z.infer<typeof ZValidateRequest>;

export const ZCommitRequest = z
  .object({
    createAccounts: z
      .boolean()
      .default(false)
      .describe(
        'Create accounts (status customer) for unknown customer numbers; otherwise they refuse the commit.',
      ),
  })
  .strict();
export type CommitRequest = z.infer<typeof ZCommitRequest>;

export const ZImport = z.object({
  id: ZId,
  kind: z.string(),
  fileName: z.string(),
  fileSize: z.number().int(),
  status: z.enum(['uploaded', 'validating', 'validated', 'committing', 'committed', 'rejected', 'failed']),
  processedBytes: z.number().int(),
  format: z.unknown().describe('What was detected: settings, headers, decisions and their reasons.'),
  mapping: z.unknown(),
  options: z.unknown(),
  preview: z.unknown().describe('The first rows as the file shows them.'),
  report: z
    .unknown()
    .describe('Validation (bad rows, unknown customers) or commit summary, or why it failed.'),
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});

export const ZPresetCreate = z
  .object({ name: z.string().trim().min(1).max(100), mapping: ZColumnMapping })
  .strict();
export const ZPreset = z.object({ id: ZId, name: z.string(), mapping: z.unknown() });
