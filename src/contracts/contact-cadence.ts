import { z } from 'zod';
import { isTimeZone } from '../core/calendar-day.ts';
import { ZCadenceDays, ZId, ZPageQuery, ZTimestamp, ZVersion } from './common.ts';

export const ZRelationshipSettings = z.object({
  tier1CadenceDays: z.number().int(),
  tier2CadenceDays: z.number().int(),
  tier3CadenceDays: z.number().int(),
  timeZone: z.string().describe('The IANA time zone calendar days are counted in, e.g. Europe/Berlin.'),
  version: z.number().int(),
});
export type RelationshipSettings = z.infer<typeof ZRelationshipSettings>;

export const ZRelationshipSettingsUpdate = z
  .object({
    version: ZVersion,
    tier1CadenceDays: ZCadenceDays.optional().describe('Days between contacts with a tier-1 key account.'),
    tier2CadenceDays: ZCadenceDays.optional(),
    tier3CadenceDays: ZCadenceDays.optional(),
    timeZone: z
      .string()
      .trim()
      .max(64)
      .refine(isTimeZone, 'Expected an IANA time zone such as "Europe/Berlin"')
      .optional(),
  })
  .strict();
export type RelationshipSettingsUpdate = z.infer<typeof ZRelationshipSettingsUpdate>;

export const ZFreshness = z.object({
  cadenceDays: z.number().int().nullable().describe('Null: no cadence applies (no key account, left).'),
  lastContactAt: ZTimestamp.nullable().describe('The latest logged interaction; planned visits never count.'),
  dueOn: z.string().nullable().describe('The day the next contact is due, in the workspace time zone.'),
  overdueDays: z.number().int().describe('Calendar days past dueOn; 0 when not overdue.'),
});

export const ZOverdueQuery = ZPageQuery.extend({
  ownerId: ZId.optional().describe("Only the key accounts of this KAM (the account's owner)."),
});
export type OverdueQuery = z.infer<typeof ZOverdueQuery>;

const ZRef = z.object({ id: ZId, name: z.string() });

export const ZOverdueItem = z.object({
  account: ZRef.extend({ keyAccountTier: z.number().int().nullable() }),
  kam: ZRef.nullable(),
  contact: ZRef.nullable().describe('Null: the account as a whole.'),
  influence: z.number().int().nullable(),
  importance: z.number().int().describe('(4 − tier) × influence, influence 3 when unknown.'),
  cadenceDays: z.number().int(),
  lastContactAt: ZTimestamp.nullable(),
  dueOn: z.string(),
  overdueDays: z.number().int(),
});
export type OverdueItem = z.infer<typeof ZOverdueItem>;

export const ZOverduePage = z.object({ items: z.array(ZOverdueItem), nextCursor: z.string().nullable() });
