import { z } from 'zod';
import { ZDay, ZId, ZTimestamp, ZVersion } from './common.ts';

export const decisionKinds = ['designate', 'change', 'hand_to_account_manager'] as const;

export const ZDecisionRequest = z
  .object({
    version: ZVersion.describe("The account's version you read."),
    kind: z.enum(decisionKinds),
    tier: z.number().int().min(1).max(3).optional().describe('For designate (required) and change.'),
    ownerId: ZId.optional().describe(
      'The KAM (designate: required), or the account manager (hand over: required).',
    ),
    reason: z.string().trim().min(3).max(2000),
    effectiveOn: ZDay.optional().describe('Default: today.'),
  })
  .strict();
export type DecisionRequest = z.infer<typeof ZDecisionRequest>;

export const ZDecision = z.object({
  id: ZId,
  kind: z.enum(decisionKinds),
  tier: z.number().int().nullable(),
  owner: z.object({ id: ZId, name: z.string() }).nullable(),
  reason: z.string(),
  effectiveOn: z.string(),
  decidedBy: z.object({ id: ZId, name: z.string() }),
  decidedAt: ZTimestamp,
});

export const ZKeyAccountRow = z.object({
  accountId: ZId,
  name: z.string(),
  customerNumber: z.string().nullable(),
  tier: z.number().int().nullable(),
  owner: z.object({ id: ZId, name: z.string() }).nullable(),
  revenueCents: z.number().int(),
  share: z.number(),
  abcClass: z.enum(['A', 'B', 'C']).nullable().describe('Null: no revenue in the period.'),
  growth: z.number().nullable(),
});
export type KeyAccountRow = z.infer<typeof ZKeyAccountRow>;

export const ZWorkload = z.object({
  limit: z.number().int(),
  items: z.array(
    z.object({
      user: z.object({ id: ZId, name: z.string(), role: z.string() }),
      keyAccounts: z.number().int(),
      overLimit: z.boolean(),
    }),
  ),
});

export const ZSettings = z.object({
  abcThresholdA: z.number(),
  abcThresholdB: z.number(),
  keyAccountsPerKam: z.number().int(),
  version: z.number().int(),
});

export const ZSettingsUpdate = z
  .object({
    version: ZVersion,
    abcThresholdA: z.number().gt(0).lt(1).optional(),
    abcThresholdB: z.number().gt(0).max(1).optional(),
    keyAccountsPerKam: z.number().int().min(1).max(200).optional(),
  })
  .strict();
