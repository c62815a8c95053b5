import { and, eq, gt, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { VisitStatus } from '#contracts/visits.ts';
import type { Queryable } from '../../../db/client.ts';
import { keysetPage, pageOf, timeSort } from '../../../db/keyset.ts';
import { accounts, users, visitContacts, visitParticipants, visits } from '../../../db/schema/index.ts';
import { updateVersioned } from '../../../db/versioned-update.ts';
import { joinInWorkspace } from '../../../db/workspace-join.ts';

type Ref = { id: string; name: string };

const attendees = sql<Ref[]>`coalesce((
  SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name, u.id)
  FROM visit_participants vp JOIN users u ON u.workspace_id = vp.workspace_id AND u.id = vp.user_id
  WHERE vp.workspace_id = ${visits.workspaceId} AND vp.visit_id = ${visits.id}), '[]'::json)`;

const customerAttendees = sql<Ref[]>`coalesce((
  SELECT json_agg(json_build_object('id', c.id, 'name', concat_ws(' ', c.first_name, c.last_name))
    ORDER BY c.name_sort, c.id)
  FROM visit_contacts vc JOIN contacts c ON c.workspace_id = vc.workspace_id AND c.id = vc.contact_id
  WHERE vc.workspace_id = ${visits.workspaceId} AND vc.visit_id = ${visits.id}), '[]'::json)`;

/** The materials without their content, which only the download reads. */
const materialList = sql<StoredMaterial[]>`coalesce((
  SELECT json_agg(json_build_object('id', m.id, 'kind', m.kind, 'title', m.title, 'url', m.url,
    'fileName', m.file_name, 'mediaType', m.media_type, 'sizeBytes', m.size_bytes, 'createdAt', m.created_at)
    ORDER BY m.id)
  FROM visit_materials m
  WHERE m.workspace_id = ${visits.workspaceId} AND m.visit_id = ${visits.id}), '[]'::json)`;

/** The report: the interaction that names this visit. */
const report = sql<string | null>`(SELECT i.id FROM interactions i
  WHERE i.workspace_id = ${visits.workspaceId} AND i.visit_id = ${visits.id})`;

export interface StoredMaterial {
  id: string;
  kind: 'link' | 'file';
  title: string;
  url: string | null;
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  /** JSON gives the timestamp as text. */
  createdAt: string;
}

const organisers = alias(users, 'organiser');

const columns = {
  id: visits.id,
  account: { id: accounts.id, name: accounts.name },
  title: visits.title,
  startsAt: visits.startsAt,
  endsAt: visits.endsAt,
  place: visits.place,
  agenda: visits.agenda,
  topics: visits.topics,
  status: visits.status,
  participants: attendees,
  contacts: customerAttendees,
  materials: materialList,
  rating: visits.rating,
  interactionId: report,
  organiser: { id: organisers.id, name: organisers.name },
  version: visits.version,
  createdAt: visits.createdAt,
  updatedAt: visits.updatedAt,
};

function selectVisits(db: Queryable) {
  return db
    .select(columns)
    .from(visits)
    .innerJoin(accounts, joinInWorkspace(accounts, visits, [accounts.id, visits.accountId]))
    .innerJoin(organisers, joinInWorkspace(organisers, visits, [organisers.id, visits.organiserId]));
}

export type VisitRow = Awaited<ReturnType<typeof findVisit>> & {};

export async function findVisit(db: Queryable, workspaceId: string, id: string) {
  const [row] = await selectVisits(db).where(and(eq(visits.workspaceId, workspaceId), eq(visits.id, id)));
  return row;
}

export interface VisitFilter {
  accountId?: string | undefined;
  participantId?: string | undefined;
  /** The visits of a person: organised by them or attended. */
  attendeeId?: string | undefined;
  /** Visits that end after this moment. */
  from?: Date | undefined;
  /** Visits that start before this moment. */
  to?: Date | undefined;
  statuses?: VisitStatus[] | undefined;
  limit: number;
  cursor?: string | undefined;
}

const attendedBy = (userId: string) => sql`EXISTS (SELECT 1 FROM visit_participants vp
  WHERE vp.workspace_id = ${visits.workspaceId} AND vp.visit_id = ${visits.id} AND vp.user_id = ${userId})`;

const byStart = timeSort(visits.startsAt, (row: { startsAt: Date }) => row.startsAt);

export async function listVisits(db: Queryable, workspaceId: string, filter: VisitFilter) {
  const conditions: (SQL | undefined)[] = [eq(visits.workspaceId, workspaceId)];
  if (filter.accountId) conditions.push(eq(visits.accountId, filter.accountId));
  if (filter.participantId) conditions.push(attendedBy(filter.participantId));
  if (filter.attendeeId) {
    conditions.push(sql`(${visits.organiserId} = ${filter.attendeeId} OR ${attendedBy(filter.attendeeId)})`);
  }
  if (filter.from) conditions.push(gt(visits.endsAt, filter.from));
  if (filter.to) conditions.push(lt(visits.startsAt, filter.to));
  if (filter.statuses) conditions.push(inArray(visits.status, filter.statuses));
  const page = keysetPage(byStart, visits.id, 'asc', filter.cursor);
  conditions.push(page.after);
  const rows = await selectVisits(db)
    .where(and(...conditions))
    .orderBy(...page.orderBy)
    .limit(filter.limit + 1);
  return pageOf(rows, filter.limit, byStart);
}

export type VisitValues = Omit<
  typeof visits.$inferInsert,
  'id' | 'workspaceId' | 'organiserId' | 'version' | 'createdAt' | 'updatedAt'
>;

export async function insertVisit(
  db: Queryable,
  workspaceId: string,
  values: VisitValues & { id: string; organiserId: string },
) {
  await db.insert(visits).values({ ...values, workspaceId });
}

/** Changes the visit if it still has `version`; undefined when someone else changed it first. */
export async function updateVisit(
  db: Queryable,
  workspaceId: string,
  id: string,
  version: number,
  changes: Partial<VisitValues>,
) {
  return updateVersioned(db, visits, { workspaceId, key: eq(visits.id, id), version }, changes);
}

export async function replaceParticipants(
  db: Queryable,
  workspaceId: string,
  visitId: string,
  userIds: string[],
) {
  await db
    .delete(visitParticipants)
    .where(and(eq(visitParticipants.workspaceId, workspaceId), eq(visitParticipants.visitId, visitId)));
  if (userIds.length === 0) return;
  await db.insert(visitParticipants).values(userIds.map((userId) => ({ workspaceId, visitId, userId })));
}

export async function replaceContacts(
  db: Queryable,
  workspaceId: string,
  visitId: string,
  contactIds: string[],
) {
  await db
    .delete(visitContacts)
    .where(and(eq(visitContacts.workspaceId, workspaceId), eq(visitContacts.visitId, visitId)));
  if (contactIds.length === 0) return;
  await db.insert(visitContacts).values(contactIds.map((contactId) => ({ workspaceId, visitId, contactId })));
}
