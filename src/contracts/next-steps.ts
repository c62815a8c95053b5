import { z } from 'zod';
import { ZDay, ZId, ZPageQuery, ZTimestamp, ZVersion, zLine, zOptionalText, zPage } from './common.ts';

export const nextStepStatuses = ['open', 'done', 'cancelled'] as const;

const ZRef = z.object({ id: ZId, name: z.string() });
export const ZDueOn = ZDay.describe('The business day it is due, YYYY-MM-DD.');

/** A next step as agreed in an interaction: what the interaction and the visit report take inline. */
export const ZNextStepDraft = z
  .object({
    title: zLine(300),
    ownerId: ZId.describe('Any active user of the workspace, internal colleagues included.'),
    dueOn: ZDueOn,
    notes: zOptionalText(5000),
  })
  .strict();
export type NextStepDraft = z.infer<typeof ZNextStepDraft>;

export const ZNextStepCreate = ZNextStepDraft.extend({
  accountId: ZId,
  interactionId: ZId.nullable().optional().describe('The interaction in which it was agreed.'),
}).strict();
export type NextStepCreate = z.infer<typeof ZNextStepCreate>;

export const ZNextStepUpdate = z
  .object({
    title: zLine(300),
    notes: zOptionalText(5000),
    ownerId: ZId,
    dueOn: ZDueOn,
    status: z.enum(nextStepStatuses),
  })
  .partial()
  .extend({ version: ZVersion })
  .strict()
  .describe('Role internal may only change the status, and only of its own steps.');
export type NextStepUpdate = z.infer<typeof ZNextStepUpdate>;

export const ZNextStep = z.object({
  id: ZId,
  account: ZRef,
  title: z.string(),
  notes: z.string().nullable(),
  owner: ZRef,
  dueOn: z.string(),
  status: z.enum(nextStepStatuses),
  overdue: z.boolean().describe('Open and due before today in the workspace time zone.'),
  overdueDays: z
    .number()
    .int()
    .describe('Calendar days past dueOn in the workspace time zone; 0 when not overdue.'),
  interactionId: ZId.nullable(),
  createdBy: ZRef,
  completedAt: ZTimestamp.nullable(),
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});
export type NextStep = z.infer<typeof ZNextStep>;

export const ZNextStepListQuery = ZPageQuery.extend({
  ownerId: ZId.optional(),
  accountId: ZId.optional(),
  status: z.enum(nextStepStatuses).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('true: only open steps due before today; false: only the others.'),
  dueBefore: ZDay.optional().describe('Only steps due before this day (e.g. the end of the week).'),
});
export type NextStepListQuery = z.infer<typeof ZNextStepListQuery>;
export const ZNextStepPage = zPage(ZNextStep);
