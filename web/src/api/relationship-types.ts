import type { z } from 'zod';
import type {
  ZBuyingCentre,
  ZCoverageWarning,
  ZMember,
  ZStakeholderUpdate,
} from '#contracts/buying-centre.ts';
import type {
  ZFreshness,
  ZOverdueItem,
  ZRelationshipSettings,
  ZRelationshipSettingsUpdate,
} from '#contracts/contact-cadence.ts';
import type { ZInteraction, ZInteractionCreate, ZPresentationLogEntry } from '#contracts/interactions.ts';
import type { ZMyDay, ZTeamDayRow } from '#contracts/my-day.ts';
import type { ZNextStep, ZNextStepCreate, ZNextStepDraft, ZNextStepUpdate } from '#contracts/next-steps.ts';
import type {
  ZMaterial,
  ZVisit,
  ZVisitCreate,
  ZVisitReport,
  ZVisitReportResult,
  ZVisitUpdate,
} from '#contracts/visits.ts';

/** The relationship work's JSON, derived from the server's zod contracts. */
export { buyingCentreRoles, stakeholderAttitudes as attitudes } from '#contracts/buying-centre.ts';
export {
  interactionChannels as channels,
  interactionKinds,
  sentiments,
} from '#contracts/interactions.ts';

export interface Ref {
  id: string;
  name: string;
}

export type Freshness = z.output<typeof ZFreshness>;
export type Member = z.output<typeof ZMember>;
export type BuyingCentreRole = Member['roles'][number];
export type Attitude = NonNullable<Member['attitude']>;
export type MemberUpdate = z.input<typeof ZStakeholderUpdate>;
export type BuyingCentre = z.output<typeof ZBuyingCentre>;
export type CoverageWarning = z.output<typeof ZCoverageWarning>;

export type Interaction = z.output<typeof ZInteraction>;
export type InteractionCreate = z.input<typeof ZInteractionCreate>;
export type InteractionKind = Interaction['kind'];
export type Channel = Interaction['channel'];
export type Sentiment = NonNullable<Interaction['sentiment']>;
export type Presentation = z.output<typeof ZPresentationLogEntry>;

export type NextStep = z.output<typeof ZNextStep>;
export type NextStepStatus = NextStep['status'];
export type NextStepDraft = z.input<typeof ZNextStepDraft>;
export type NextStepCreate = z.input<typeof ZNextStepCreate>;
export type NextStepUpdate = z.input<typeof ZNextStepUpdate>;

export type Visit = z.output<typeof ZVisit>;
export type VisitStatus = Visit['status'];
export type Material = z.output<typeof ZMaterial>;
export type VisitCreate = z.input<typeof ZVisitCreate>;
export type VisitUpdate = z.input<typeof ZVisitUpdate>;
export type VisitReport = z.input<typeof ZVisitReport>;
export type VisitReportResult = z.output<typeof ZVisitReportResult>;

export type RelationshipSettings = z.output<typeof ZRelationshipSettings>;
export type RelationshipSettingsUpdate = z.input<typeof ZRelationshipSettingsUpdate>;
export type OverdueItem = z.output<typeof ZOverdueItem>;

export type MyDay = z.output<typeof ZMyDay>;
export type TeamDayRow = z.output<typeof ZTeamDayRow>;
