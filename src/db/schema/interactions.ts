import {
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { contacts } from './contacts.ts';
import { users } from './users.ts';
import { workspaces } from './workspaces.ts';

export const interactionKind = pgEnum('interaction_kind', [
  'meeting',
  'call',
  'email',
  'visit',
  'presentation',
]);

export const interactionChannel = pgEnum('interaction_channel', [
  'in_person',
  'phone',
  'video',
  'email',
  'chat',
  'letter',
]);

export const interactionSentiment = pgEnum('interaction_sentiment', ['positive', 'neutral', 'negative']);

/** A real contact with the customer: what the freshness of a relationship is computed from. */
export const interactions = pgTable(
  'interactions',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    accountId: uuid('account_id').notNull(),
    kind: interactionKind('kind').notNull(),
    channel: interactionChannel('channel').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    summary: text('summary').notNull(),
    outcome: text('outcome'),
    sentiment: interactionSentiment('sentiment'),
    /** Set when the interaction is the report of a planned visit. */
    visitId: uuid('visit_id'),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('interactions_workspace_id_id_key').on(t.workspaceId, t.id),
    unique('interactions_visit_key').on(t.workspaceId, t.visitId),
    foreignKey({
      columns: [t.workspaceId, t.accountId],
      foreignColumns: [accounts.workspaceId, accounts.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.createdBy], foreignColumns: [users.workspaceId, users.id] }),
    index('interactions_account_idx').on(t.workspaceId, t.accountId, t.occurredAt),
  ],
);

/** The customer's people met in an interaction. */
export const interactionContacts = pgTable(
  'interaction_contacts',
  {
    workspaceId: uuid('workspace_id').notNull(),
    interactionId: uuid('interaction_id').notNull(),
    contactId: uuid('contact_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.interactionId, t.contactId] }),
    foreignKey({
      columns: [t.workspaceId, t.interactionId],
      foreignColumns: [interactions.workspaceId, interactions.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }),
    index('interaction_contacts_contact_idx').on(t.workspaceId, t.contactId),
  ],
);

/** Our people who took part. */
export const interactionParticipants = pgTable(
  'interaction_participants',
  {
    workspaceId: uuid('workspace_id').notNull(),
    interactionId: uuid('interaction_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.interactionId, t.userId] }),
    foreignKey({
      columns: [t.workspaceId, t.interactionId],
      foreignColumns: [interactions.workspaceId, interactions.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.userId], foreignColumns: [users.workspaceId, users.id] }),
    index('interaction_participants_user_idx').on(t.workspaceId, t.userId),
  ],
);

/** The presentation log: which product or topic was presented in an interaction, and the customer's feedback. */
export const presentations = pgTable(
  'presentations',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    interactionId: uuid('interaction_id').notNull(),
    topic: text('topic').notNull(),
    feedback: text('feedback'),
  },
  (t) => [
    foreignKey({
      columns: [t.workspaceId, t.interactionId],
      foreignColumns: [interactions.workspaceId, interactions.id],
    }).onDelete('cascade'),
    index('presentations_interaction_idx').on(t.workspaceId, t.interactionId),
  ],
);
