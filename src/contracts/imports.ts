import { z } from 'zod';
import { ZId, ZTimestamp } from './common.ts';
import { ZColumnMapping, ZStoredMapping } from './import-fields.ts';
import { ZImportFormat, ZPreviewRow, ZSettingsOverrides } from './import-formats.ts';
import { ZImportReport } from './import-report.ts';

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

export const importStatuses = [
  'uploaded',
  'validating',
  'validated',
  'committing',
  'committed',
  'rejected',
  'failed',
] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** The settings of the last inspection or check, as the user chose them. */
const ZImportOptions = z.object({
  overrides: ZSettingsOverrides.optional(),
  defaultCurrency: z.string().optional(),
});
export type ImportOptions = z.infer<typeof ZImportOptions>;

export const ZImport = z.object({
  id: ZId,
  kind: z.string(),
  fileName: z.string(),
  fileSize: z.number().int(),
  status: z.enum(importStatuses),
  processedBytes: z.number().int(),
  format: ZImportFormat.nullable(),
  mapping: ZStoredMapping.nullable(),
  options: ZImportOptions.nullable(),
  preview: z.array(ZPreviewRow).nullable().describe('The first rows as the file shows them.'),
  report: ZImportReport.nullable(),
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});

export const ZPresetCreate = z
  .object({ name: z.string().trim().min(1).max(100), mapping: ZColumnMapping })
  .strict();
export const ZPreset = z.object({ id: ZId, name: z.string(), mapping: ZStoredMapping });
