/**
 * The relationship work's JSON (buying centre, interactions, next steps, visits, contact cadence,
 * my day), as the API contracts describe it.
 */
export interface Ref {
  id: string;
  name: string;
}

export const buyingCentreRoles = [
  'decision_maker',
  'economic_buyer',
  'champion',
  'influencer',
  'technical_buyer',
  'user',
  'gatekeeper',
  'blocker',
] as const;
export type BuyingCentreRole = (typeof buyingCentreRoles)[number];

/** Towards us, from best to worst: the power/attitude grid's columns run the other way round. */
export const attitudes = ['supporter', 'neutral', 'sceptic', 'opponent'] as const;
export type Attitude = (typeof attitudes)[number];

export const coverageWarningCodes = [
  'no_decision_maker',
  'single_threaded',
  'no_champion',
  'champion_left',
] as const;
export type CoverageWarningCode = (typeof coverageWarningCodes)[number];

export interface Freshness {
  cadenceDays: number | null;
  lastContactAt: string | null;
  dueOn: string | null;
  overdueDays: number;
}

export interface Member {
  contact: {
    id: string;
    name: string;
    jobTitle: string | null;
    department: string | null;
    email: string | null;
  };
  roles: BuyingCentreRole[];
  influence: number | null;
  attitude: Attitude | null;
  reportsToContactId: string | null;
  relationshipOwner: Ref | null;
  contactCadenceDays: number | null;
  leftCompanyOn: string | null;
  /** 0: nothing recorded about this person yet. */
  version: number;
  freshness: Freshness;
}

export interface CoverageWarning {
  code: CoverageWarningCode;
  contactIds: string[];
}

export interface AccountWithTier extends Ref {
  keyAccountTier: number | null;
}

export interface BuyingCentre {
  account: AccountWithTier & { isKeyAccount: boolean };
  members: Member[];
  warnings: CoverageWarning[];
}

export interface MemberUpdate {
  roles: BuyingCentreRole[];
  influence: number | null;
  attitude: Attitude | null;
  reportsToContactId: string | null;
  relationshipOwnerId: string | null;
  contactCadenceDays: number | null;
  leftCompanyOn: string | null;
  version: number;
}

export const interactionKinds = ['meeting', 'call', 'email', 'visit', 'presentation'] as const;
export type InteractionKind = (typeof interactionKinds)[number];
export const channels = ['in_person', 'phone', 'video', 'email', 'chat', 'letter'] as const;
export type Channel = (typeof channels)[number];
export const sentiments = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof sentiments)[number];

export type NextStepStatus = 'open' | 'done' | 'cancelled';

export interface NextStep {
  id: string;
  account: Ref;
  title: string;
  notes: string | null;
  owner: Ref;
  dueOn: string;
  status: NextStepStatus;
  overdue: boolean;
  interactionId: string | null;
  createdBy: Ref;
  completedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface NextStepDraft {
  title: string;
  ownerId: string;
  dueOn: string;
  notes?: string;
}

export interface NextStepCreate extends NextStepDraft {
  accountId: string;
  interactionId?: string;
}

export interface NextStepUpdate {
  title?: string;
  notes?: string | null;
  ownerId?: string;
  dueOn?: string;
  status?: NextStepStatus;
  version: number;
}

export interface Interaction {
  id: string;
  account: Ref;
  kind: InteractionKind;
  channel: Channel;
  occurredAt: string;
  summary: string;
  outcome: string | null;
  sentiment: Sentiment | null;
  contacts: Ref[];
  participants: Ref[];
  presentations: { id: string; topic: string; feedback: string | null }[];
  nextSteps: NextStep[];
  visitId: string | null;
  createdBy: Ref;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface InteractionCreate {
  accountId: string;
  kind: InteractionKind;
  channel?: Channel;
  occurredAt: string;
  summary: string;
  outcome?: string | null;
  sentiment?: Sentiment | null;
  contactIds?: string[];
  participantIds?: string[];
  presentations?: { topic: string; feedback?: string | null }[];
  nextSteps?: NextStepDraft[];
}

export interface Presentation {
  id: string;
  topic: string;
  feedback: string | null;
  presentedAt: string;
  interactionId: string;
  visitId: string | null;
  contacts: Ref[];
  participants: Ref[];
}

export type VisitStatus = 'planned' | 'reported' | 'cancelled';

export interface Material {
  id: string;
  kind: 'link' | 'file';
  title: string;
  url: string | null;
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  createdAt: string;
}

export interface Visit {
  id: string;
  account: Ref;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  agenda: string | null;
  topics: string[];
  status: VisitStatus;
  participants: Ref[];
  contacts: Ref[];
  materials: Material[];
  rating: number | null;
  interactionId: string | null;
  organiser: Ref;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface VisitCreate {
  accountId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place?: string | null;
  agenda?: string | null;
  topics?: string[];
  participantIds?: string[];
  contactIds?: string[];
}

export interface VisitReport {
  summary: string;
  outcome?: string | null;
  sentiment?: Sentiment | null;
  rating?: number | null;
  occurredAt?: string;
  contactIds?: string[];
  feedback?: { topic: string; feedback: string }[];
  nextSteps?: NextStepDraft[];
  version: number;
}

export interface RelationshipSettings {
  tier1CadenceDays: number;
  tier2CadenceDays: number;
  tier3CadenceDays: number;
  timeZone: string;
  version: number;
}

export interface OverdueItem {
  account: AccountWithTier;
  kam: Ref | null;
  /** null: the account as a whole (no person of it is tracked). */
  contact: Ref | null;
  influence: number | null;
  importance: number;
  cadenceDays: number | null;
  lastContactAt: string | null;
  dueOn: string | null;
  overdueDays: number;
}

export interface TeamDayRow {
  kam: Ref;
  visitsThisWeek: number;
  overdueContacts: number;
  overdueNextSteps: number;
  coverageWarnings: number;
}

export interface MyDay {
  date: string;
  timeZone: string;
  visitsToday: Visit[];
  visitsThisWeek: Visit[];
  overdueContacts: OverdueItem[];
  nextSteps: { overdue: NextStep[]; dueToday: NextStep[]; dueThisWeek: NextStep[] };
  coverageWarnings: { account: AccountWithTier; warnings: CoverageWarning[] }[];
  team?: TeamDayRow[];
}
