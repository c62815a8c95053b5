import { z } from 'zod';
import { ZVersion, zLine } from './common.ts';

export const ZIndustry = z.object({
  key: z.string(),
  labelDe: z.string(),
  labelEn: z.string(),
  position: z.number().int(),
  archived: z.boolean(),
  version: z.number().int(),
});
export const ZIndustryKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,63}$/, 'Lower-case letters, digits and _');
export const ZIndustryCreate = z
  .object({ key: ZIndustryKey, labelDe: zLine(100), labelEn: zLine(100) })
  .strict();
export const ZIndustryUpdate = z
  .object({
    labelDe: zLine(100),
    labelEn: zLine(100),
    position: z.number().int().min(0).max(1000),
    archived: z.boolean(),
  })
  .partial()
  .extend({ version: ZVersion })
  .strict();
