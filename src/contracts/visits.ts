import { z } from 'zod';
import {
  ZDay,
  ZId,
  ZMoment,
  ZPageQuery,
  ZTimestamp,
  ZVersion,
  zLine,
  zOptionalText,
  zPage,
} from './common.ts';
import { sentiments, ZInteraction } from './interactions.ts';
import { ZNextStepDraft } from './next-steps.ts';

export const visitStatuses = ['planned', 'reported', 'cancelled'] as const;
export type VisitStatus = (typeof visitStatuses)[number];

const ZRef = z.object({ id: ZId, name: z.string() });

export const ZMaterial = z.object({
  id: ZId,
  kind: z.enum(['link', 'file']),
  title: z.string(),
  url: z.string().nullable().describe('The link; null for a file.'),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable().describe('Of a file, as detected from its content.'),
  sizeBytes: z.number().int().nullable(),
  createdAt: ZTimestamp,
});
export type Material = z.infer<typeof ZMaterial>;

export const ZVisit = z.object({
  id: ZId,
  account: ZRef,
  title: z.string(),
  startsAt: ZTimestamp,
  endsAt: ZTimestamp,
  place: z.string().nullable(),
  agenda: z.string().nullable(),
  topics: z.array(z.string()).describe('The products or topics to present.'),
  status: z.enum(visitStatuses),
  participants: z.array(ZRef).describe('Our attendees.'),
  contacts: z.array(ZRef).describe("The customer's attendees."),
  materials: z.array(ZMaterial),
  rating: z.number().int().nullable().describe("The report's rating, 1 (poor) to 5 (excellent)."),
  interactionId: ZId.nullable().describe('The visit report.'),
  organiser: ZRef,
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});
export type Visit = z.infer<typeof ZVisit>;

const visitFields = {
  title: zLine(200),
  startsAt: ZMoment,
  endsAt: ZMoment.describe('After startsAt.'),
  place: zOptionalText(500).describe("Default: the account's address."),
  agenda: zOptionalText(20_000),
  topics: z.array(zLine(200)).max(30).optional(),
  participantIds: z.array(ZId).max(50).optional().describe('Our attendees; default: the signed-in user.'),
  contactIds: z.array(ZId).max(50).optional().describe("The customer's attendees: contacts of the account."),
};

export const ZVisitCreate = z.object({ accountId: ZId, ...visitFields }).strict();
export type VisitCreate = z.infer<typeof ZVisitCreate>;

export const ZVisitUpdate = z
  .object(visitFields)
  .partial()
  .extend({
    status: z
      .enum(['planned', 'cancelled'])
      .optional()
      .describe('cancelled calls the visit off; planned takes it up again. A reported visit is closed.'),
    version: ZVersion,
  })
  .strict()
  .describe('Lists given (topics, participants, contacts) replace the current ones.');
export type VisitUpdate = z.infer<typeof ZVisitUpdate>;

export const ZVisitListQuery = ZPageQuery.extend({
  accountId: ZId.optional(),
  participantId: ZId.optional().describe('One of our attendees.'),
  from: ZMoment.or(ZDay)
    .optional()
    .describe('Visits that end after this moment (a day: its start in the workspace time zone).'),
  to: ZMoment.or(ZDay)
    .optional()
    .describe('Visits that start before this moment (a day: up to its end in the workspace time zone).'),
  status: z.enum(visitStatuses).optional(),
});
export type VisitListQuery = z.infer<typeof ZVisitListQuery>;
export const ZVisitPage = zPage(ZVisit);

export const ZVisitReport = z
  .object({
    summary: zLine(20_000),
    outcome: zOptionalText(5000),
    sentiment: z.enum(sentiments).nullable().optional(),
    rating: z.number().int().min(1).max(5).nullable().optional(),
    occurredAt: ZMoment.optional().describe('Default: when the visit started.'),
    contactIds: z.array(ZId).max(50).optional().describe("Who was there; default: the visit's contacts."),
    feedback: z
      .array(z.object({ topic: zLine(200), feedback: zOptionalText(5000) }).strict())
      .max(30)
      .optional()
      .describe("The topics presented and the customer's feedback: the presentation log."),
    nextSteps: z.array(ZNextStepDraft).max(20).optional(),
    version: ZVersion.describe("The visit's version you read."),
  })
  .strict();
export type VisitReport = z.infer<typeof ZVisitReport>;

export const ZVisitReportResult = z.object({ visit: ZVisit, interaction: ZInteraction });
