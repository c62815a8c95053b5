import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { InteractionListQuery } from '#contracts/interactions.ts';
import type { Queryable } from '../../../db/client.ts';
import { keysetPage, pageOf, timeSort } from '../../../db/keyset.ts';
import {
  accounts,
  interactionContacts,
  interactionParticipants,
  interactions,
  presentations,
  users,
} from '../../../db/schema/index.ts';
import { updateVersioned } from '../../../db/versioned-update.ts';
import { joinInWorkspace } from '../../../db/workspace-join.ts';

type Ref = { id: string; name: string };

const contactsMet = sql<Ref[]>`coalesce((
  SELECT json_agg(json_build_object('id', c.id, 'name', concat_ws(' ', c.first_name, c.last_name))
    ORDER BY c.name_sort, c.id)
  FROM interaction_contacts ic JOIN contacts c ON c.workspace_id = ic.workspace_id AND c.id = ic.contact_id
  WHERE ic.workspace_id = ${interactions.workspaceId} AND ic.interaction_id = ${interactions.id}), '[]'::json)`;

const participants = sql<Ref[]>`coalesce((
  SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name, u.id)
  FROM interaction_participants ip JOIN users u ON u.workspace_id = ip.workspace_id AND u.id = ip.user_id
  WHERE ip.workspace_id = ${interactions.workspaceId} AND ip.interaction_id = ${interactions.id}), '[]'::json)`;

const presented = sql<{ id: string; topic: string; feedback: string | null }[]>`coalesce((
  SELECT json_agg(json_build_object('id', p.id, 'topic', p.topic, 'feedback', p.feedback) ORDER BY p.id)
  FROM presentations p
  WHERE p.workspace_id = ${interactions.workspaceId} AND p.interaction_id = ${interactions.id}), '[]'::json)`;

const creators = alias(users, 'creator');

const columns = {
  id: interactions.id,
  account: { id: accounts.id, name: accounts.name },
  kind: interactions.kind,
  channel: interactions.channel,
  occurredAt: interactions.occurredAt,
  summary: interactions.summary,
  outcome: interactions.outcome,
  sentiment: interactions.sentiment,
  contacts: contactsMet,
  participants,
  presentations: presented,
  visitId: interactions.visitId,
  createdBy: { id: creators.id, name: creators.name },
  version: interactions.version,
  createdAt: interactions.createdAt,
  updatedAt: interactions.updatedAt,
};

function selectInteractions(db: Queryable) {
  return db
    .select(columns)
    .from(interactions)
    .innerJoin(accounts, joinInWorkspace(accounts, interactions, [accounts.id, interactions.accountId]))
    .innerJoin(creators, joinInWorkspace(creators, interactions, [creators.id, interactions.createdBy]));
}

export type InteractionRow = Awaited<ReturnType<typeof findInteraction>> & {};

export async function findInteraction(db: Queryable, workspaceId: string, id: string) {
  const [row] = await selectInteractions(db).where(
    and(eq(interactions.workspaceId, workspaceId), eq(interactions.id, id)),
  );
  return row;
}

const newestFirst = timeSort(interactions.occurredAt, (row: { occurredAt: Date }) => row.occurredAt);

export async function listInteractions(db: Queryable, workspaceId: string, query: InteractionListQuery) {
  const conditions: (SQL | undefined)[] = [eq(interactions.workspaceId, workspaceId)];
  if (query.accountId) conditions.push(eq(interactions.accountId, query.accountId));
  if (query.kind) conditions.push(eq(interactions.kind, query.kind));
  if (query.contactId) {
    conditions.push(sql`EXISTS (SELECT 1 FROM interaction_contacts ic WHERE ic.workspace_id = ${interactions.workspaceId}
      AND ic.interaction_id = ${interactions.id} AND ic.contact_id = ${query.contactId})`);
  }
  if (query.participantId) {
    conditions.push(sql`EXISTS (SELECT 1 FROM interaction_participants ip WHERE ip.workspace_id = ${interactions.workspaceId}
      AND ip.interaction_id = ${interactions.id} AND ip.user_id = ${query.participantId})`);
  }
  const page = keysetPage(newestFirst, interactions.id, 'desc', query.cursor);
  conditions.push(page.after);
  const rows = await selectInteractions(db)
    .where(and(...conditions))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return pageOf(rows, query.limit, newestFirst);
}

const presentedFirst = timeSort(interactions.occurredAt, (row: { presentedAt: Date }) => row.presentedAt);

/** The presentation log of an account, newest first. */
export async function listPresentations(
  db: Queryable,
  workspaceId: string,
  accountId: string,
  query: { limit: number; cursor?: string | undefined },
) {
  const page = keysetPage(presentedFirst, presentations.id, 'desc', query.cursor);
  const rows = await db
    .select({
      id: presentations.id,
      topic: presentations.topic,
      feedback: presentations.feedback,
      presentedAt: interactions.occurredAt,
      interactionId: interactions.id,
      visitId: interactions.visitId,
      contacts: contactsMet,
      participants,
    })
    .from(presentations)
    .innerJoin(
      interactions,
      joinInWorkspace(interactions, presentations, [interactions.id, presentations.interactionId]),
    )
    .where(and(eq(interactions.workspaceId, workspaceId), eq(interactions.accountId, accountId), page.after))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return pageOf(rows, query.limit, presentedFirst);
}

export type InteractionValues = Omit<
  typeof interactions.$inferInsert,
  'workspaceId' | 'version' | 'createdAt' | 'updatedAt'
>;

export async function insertInteraction(db: Queryable, workspaceId: string, values: InteractionValues) {
  await db.insert(interactions).values({ ...values, workspaceId });
}

/** Applies the changes only if the row still has the version the caller read; undefined otherwise. */
export async function updateInteraction(
  db: Queryable,
  workspaceId: string,
  id: string,
  version: number,
  changes: Partial<Omit<InteractionValues, 'id' | 'accountId' | 'createdBy' | 'visitId'>>,
) {
  return updateVersioned(db, interactions, { workspaceId, key: eq(interactions.id, id), version }, changes);
}

export async function deleteInteraction(db: Queryable, workspaceId: string, id: string) {
  await db
    .delete(interactions)
    .where(and(eq(interactions.workspaceId, workspaceId), eq(interactions.id, id)));
}

export async function replaceContacts(
  db: Queryable,
  workspaceId: string,
  interactionId: string,
  ids: string[],
) {
  await db
    .delete(interactionContacts)
    .where(
      and(
        eq(interactionContacts.workspaceId, workspaceId),
        eq(interactionContacts.interactionId, interactionId),
      ),
    );
  if (ids.length === 0) return;
  await db
    .insert(interactionContacts)
    .values(ids.map((contactId) => ({ workspaceId, interactionId, contactId })));
}

export async function replaceParticipants(
  db: Queryable,
  workspaceId: string,
  interactionId: string,
  ids: string[],
) {
  await db
    .delete(interactionParticipants)
    .where(
      and(
        eq(interactionParticipants.workspaceId, workspaceId),
        eq(interactionParticipants.interactionId, interactionId),
      ),
    );
  if (ids.length === 0) return;
  await db
    .insert(interactionParticipants)
    .values(ids.map((userId) => ({ workspaceId, interactionId, userId })));
}

export async function replacePresentations(
  db: Queryable,
  workspaceId: string,
  interactionId: string,
  rows: { id: string; topic: string; feedback: string | null }[],
) {
  await db
    .delete(presentations)
    .where(and(eq(presentations.workspaceId, workspaceId), eq(presentations.interactionId, interactionId)));
  if (rows.length === 0) return;
  await db.insert(presentations).values(rows.map((row) => ({ ...row, workspaceId, interactionId })));
}
