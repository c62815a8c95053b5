import { z } from 'zod';

/** A day of slack for clocks and time zones ahead of ours; later meetings are planned as visits. */
export const OCCURRED_AT_MAX_AHEAD_MS = 86_400_000;

import { ZId, ZMoment, ZPageQuery, ZTimestamp, ZVersion, zLine, zOptionalText, zPage } from './common.ts';
import { ZNextStep, ZNextStepDraft } from './next-steps.ts';

export const interactionKinds = ['meeting', 'call', 'email', 'visit', 'presentation'] as const;
export const interactionChannels = ['in_person', 'phone', 'video', 'email', 'chat', 'letter'] as const;
export const sentiments = ['positive', 'neutral', 'negative'] as const;

const ZRef = z.object({ id: ZId, name: z.string() });

const ZPresentationInput = z
  .object({
    topic: zLine(200).describe('The product or topic presented.'),
    feedback: zOptionalText(5000).describe("The customer's feedback."),
  })
  .strict();

const interactionFields = {
  kind: z.enum(interactionKinds),
  channel: z
    .enum(interactionChannels)
    .optional()
    .describe(
      'Default from the kind: meeting, visit, presentation in person; call by phone; email by e-mail.',
    ),
  occurredAt: ZMoment.describe(
    'When it happened: from 1970 up to one day ahead (plan future meetings as visits).',
  ),
  summary: zLine(20_000),
  outcome: zOptionalText(5000),
  sentiment: z.enum(sentiments).nullable().optional(),
  contactIds: z.array(ZId).max(50).optional().describe("The customer's people met: contacts of the account."),
  participantIds: z.array(ZId).max(50).optional().describe('Our people; default: the signed-in user.'),
  presentations: z.array(ZPresentationInput).max(20).optional(),
};

export const ZInteractionCreate = z
  .object({
    accountId: ZId,
    ...interactionFields,
    nextSteps: z.array(ZNextStepDraft).max(20).optional().describe('Next steps agreed, created with it.'),
  })
  .strict();
export type InteractionCreate = z.infer<typeof ZInteractionCreate>;

export const ZInteractionUpdate = z
  .object(interactionFields)
  .partial()
  .extend({ version: ZVersion })
  .strict()
  .describe('Lists given (contacts, participants, presentations) replace the current ones.');
export type InteractionUpdate = z.infer<typeof ZInteractionUpdate>;

export const ZPresentation = z.object({ id: ZId, topic: z.string(), feedback: z.string().nullable() });

export const ZInteraction = z.object({
  id: ZId,
  account: ZRef,
  kind: z.enum(interactionKinds),
  channel: z.enum(interactionChannels),
  occurredAt: ZTimestamp,
  summary: z.string(),
  outcome: z.string().nullable(),
  sentiment: z.enum(sentiments).nullable(),
  contacts: z.array(ZRef),
  participants: z.array(ZRef),
  presentations: z.array(ZPresentation),
  nextSteps: z.array(ZNextStep),
  visitId: ZId.nullable().describe('Set when the interaction is the report of a visit.'),
  createdBy: ZRef,
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});
export type Interaction = z.infer<typeof ZInteraction>;

export const ZInteractionListQuery = ZPageQuery.extend({
  accountId: ZId.optional(),
  contactId: ZId.optional(),
  kind: z.enum(interactionKinds).optional(),
  participantId: ZId.optional().describe('One of our people who took part.'),
});
export type InteractionListQuery = z.infer<typeof ZInteractionListQuery>;
export const ZInteractionPage = zPage(ZInteraction);

export const ZPresentationLogEntry = ZPresentation.extend({
  presentedAt: ZTimestamp,
  interactionId: ZId,
  visitId: ZId.nullable(),
  contacts: z.array(ZRef),
  participants: z.array(ZRef),
});
export const ZPresentationLog = zPage(ZPresentationLogEntry);
