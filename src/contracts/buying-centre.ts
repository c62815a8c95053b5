import { z } from 'zod';
import { buyingCentreRoles, stakeholderAttitudes } from '../core/buying-centre.ts';

/** The domain's rules the web app applies before it asks, so a form can say no at once. */
export { buyingCentreRoles, closesReportingLoop, stakeholderAttitudes } from '../core/buying-centre.ts';

import { coverageWarningCodes } from '../core/buying-centre-coverage.ts';
import { ZCadenceDays, ZDay, ZId, ZIdParams } from './common.ts';
import { ZFreshness } from './contact-cadence.ts';

export const ZBuyingCentreRole = z.enum(buyingCentreRoles);
export const ZStakeholderAttitude = z.enum(stakeholderAttitudes);

export const ZMemberParams = ZIdParams.extend({ contactId: ZId });

export const ZStakeholderUpdate = z
  .object({
    roles: z
      .array(ZBuyingCentreRole)
      .max(buyingCentreRoles.length * 2)
      .transform((roles) => [...new Set(roles)])
      .optional(),
    influence: z.number().int().min(1).max(5).nullable().optional().describe('1 (little) to 5 (decisive).'),
    attitude: ZStakeholderAttitude.nullable().optional(),
    reportsToContactId: ZId.nullable()
      .optional()
      .describe('Another current contact of the same account; no loops.'),
    relationshipOwnerId: ZId.nullable().optional().describe('The colleague who holds the relationship.'),
    contactCadenceDays: ZCadenceDays.nullable()
      .optional()
      .describe("Days between contacts with this person; null: the account's interval."),
    leftCompanyOn: ZDay.nullable().optional().describe("The day they left the customer's company."),
    version: z
      .number()
      .int()
      .min(0)
      .describe(
        'The version you read: 0 while the person has no buying-centre data yet; a stale one answers 409.',
      ),
  })
  .strict()
  .describe('Fields left out keep their value (or their default for a new entry).');
export type StakeholderUpdate = z.infer<typeof ZStakeholderUpdate>;

const ZUserRef = z.object({ id: ZId, name: z.string() });

export const ZCoverageWarning = z.object({
  code: z.enum(coverageWarningCodes),
  contactIds: z.array(ZId),
});

export const ZMember = z.object({
  contact: z.object({
    id: ZId,
    name: z.string(),
    jobTitle: z.string().nullable(),
    department: z.string().nullable(),
    email: z.string().nullable(),
  }),
  roles: z.array(ZBuyingCentreRole),
  influence: z.number().int().nullable(),
  attitude: ZStakeholderAttitude.nullable(),
  reportsToContactId: ZId.nullable().describe('Null also when that person is no longer a current contact.'),
  relationshipOwner: ZUserRef.nullable(),
  contactCadenceDays: z.number().int().nullable(),
  leftCompanyOn: z.string().nullable(),
  version: z.number().int().describe('0: no buying-centre data yet.'),
  freshness: ZFreshness.describe('How long since we last really spoke with them, against their cadence.'),
});
export type Member = z.infer<typeof ZMember>;

export const ZBuyingCentre = z.object({
  account: z.object({
    id: ZId,
    name: z.string(),
    isKeyAccount: z.boolean(),
    keyAccountTier: z.number().int().nullable(),
  }),
  members: z.array(ZMember),
  warnings: z.array(ZCoverageWarning),
  truncated: z.boolean().describe('True when the account has more contacts than one answer carries.'),
});
