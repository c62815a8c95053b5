import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
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
import { bytea } from './bytea.ts';
import { contacts } from './contacts.ts';
import { users } from './users.ts';
import { workspaces } from './workspaces.ts';

export const visitStatus = pgEnum('visit_status', ['planned', 'reported', 'cancelled']);

/**
 * A planned customer visit or presentation. Planned visits are not contact: only the report
 * (an interaction with `visit_id`) counts for the freshness of the relationship.
 */
export const visits = pgTable(
  'visits',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    accountId: uuid('account_id').notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place'),
    agenda: text('agenda'),
    /** Products or topics to present. */
    topics: text('topics').array().notNull().default(sql`'{}'`),
    status: visitStatus('status').notNull().default('planned'),
    /** The visit report's rating of the visit, 1 (poor) to 5 (excellent). */
    rating: integer('rating'),
    organiserId: uuid('organiser_id').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('visits_workspace_id_id_key').on(t.workspaceId, t.id),
    foreignKey({
      columns: [t.workspaceId, t.accountId],
      foreignColumns: [accounts.workspaceId, accounts.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.organiserId], foreignColumns: [users.workspaceId, users.id] }),
    check('visits_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('visits_rating_check', sql`${t.rating} BETWEEN 1 AND 5`),
    index('visits_account_idx').on(t.workspaceId, t.accountId, t.startsAt),
    index('visits_starts_idx').on(t.workspaceId, t.startsAt),
  ],
);

/** Our attendees. */
export const visitParticipants = pgTable(
  'visit_participants',
  {
    workspaceId: uuid('workspace_id').notNull(),
    visitId: uuid('visit_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.visitId, t.userId] }),
    foreignKey({
      columns: [t.workspaceId, t.visitId],
      foreignColumns: [visits.workspaceId, visits.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.userId], foreignColumns: [users.workspaceId, users.id] }),
    index('visit_participants_user_idx').on(t.workspaceId, t.userId),
  ],
);

/** The customer's attendees. */
export const visitContacts = pgTable(
  'visit_contacts',
  {
    workspaceId: uuid('workspace_id').notNull(),
    visitId: uuid('visit_id').notNull(),
    contactId: uuid('contact_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.visitId, t.contactId] }),
    foreignKey({
      columns: [t.workspaceId, t.visitId],
      foreignColumns: [visits.workspaceId, visits.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }),
  ],
);

export const visitMaterialKind = pgEnum('visit_material_kind', ['link', 'file']);

/** Material for a visit: a link, or an uploaded file whose type was checked by its content. */
export const visitMaterials = pgTable(
  'visit_materials',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    visitId: uuid('visit_id').notNull(),
    kind: visitMaterialKind('kind').notNull(),
    title: text('title').notNull(),
    url: text('url'),
    fileName: text('file_name'),
    mediaType: text('media_type'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    content: bytea('content'),
    uploadedBy: uuid('uploaded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('visit_materials_workspace_id_id_key').on(t.workspaceId, t.id),
    foreignKey({
      columns: [t.workspaceId, t.visitId],
      foreignColumns: [visits.workspaceId, visits.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.uploadedBy], foreignColumns: [users.workspaceId, users.id] }),
    check(
      'visit_materials_kind_check',
      sql`(${t.kind} = 'link' AND ${t.url} IS NOT NULL AND ${t.content} IS NULL) OR (${t.kind} = 'file' AND ${t.content} IS NOT NULL AND ${t.fileName} IS NOT NULL AND ${t.mediaType} IS NOT NULL AND ${t.sizeBytes} IS NOT NULL)`,
    ),
  ],
);
