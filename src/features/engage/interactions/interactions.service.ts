import type { Auth } from '#contracts/identity.ts';
import type {
  Interaction,
  InteractionCreate,
  InteractionListQuery,
  InteractionUpdate,
} from '#contracts/interactions.ts';
import { OCCURRED_AT_MAX_AHEAD_MS } from '#contracts/interactions.ts';
import { AppError, type FieldError, refuse, versionConflict } from '../../../core/app-error.ts';
import type { Clock } from '../../../core/clock.ts';
import { newId } from '../../../core/ids.ts';
import type { Queryable } from '../../../db/client.ts';
import { existingAccountIds, getAccount } from '../../know/accounts/accounts.service.ts';
import { checkContactsAtAccount } from '../../know/contacts/contacts.service.ts';
import { type AuditChange, recordChange } from '../../platform/audit/audit.service.ts';
import { memberErrors } from '../../platform/users/users.service.ts';
import { addNextSteps, nextStepsOfInteractions, unlinkNextSteps } from '../next-steps/next-steps.service.ts';
import * as store from './interactions.store.ts';

const defaultChannel = {
  meeting: 'in_person',
  visit: 'in_person',
  presentation: 'in_person',
  call: 'phone',
  email: 'email',
} as const;

const EARLIEST = Date.UTC(1970, 0, 1);

async function withNextSteps(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  rows: store.InteractionRow[],
): Promise<Interaction[]> {
  const steps = await nextStepsOfInteractions(
    db,
    auth,
    clock,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, nextSteps: steps.get(row.id) ?? [] }));
}

async function loadInteraction(db: Queryable, auth: Auth, clock: Clock, id: string): Promise<Interaction> {
  const row = await store.findInteraction(db, auth.workspaceId, id);
  if (!row) throw new AppError('not_found', 'Interaction not found');
  const [interaction] = await withNextSteps(db, auth, clock, [row]);
  return interaction as Interaction;
}

/** Colleagues who took part; one who has left since still took part in a past meeting. */
const participantErrors = (db: Queryable, auth: Auth, ids: readonly string[]) =>
  memberErrors(db, auth.workspaceId, ids, (index) => `participantIds.${index}`, { active: false });

export async function listInteractions(db: Queryable, auth: Auth, clock: Clock, query: InteractionListQuery) {
  const page = await store.listInteractions(db, auth.workspaceId, query);
  return { items: await withNextSteps(db, auth, clock, page.items), nextCursor: page.nextCursor };
}

export async function getInteraction(db: Queryable, auth: Auth, clock: Clock, id: string) {
  return loadInteraction(db, auth, clock, id);
}

export async function listPresentations(
  db: Queryable,
  auth: Auth,
  accountId: string,
  query: { limit: number; cursor?: string | undefined },
) {
  await getAccount(db, auth, accountId);
  return store.listPresentations(db, auth.workspaceId, accountId, query);
}

function checkOccurredAt(occurredAt: string, now: Date): FieldError[] {
  const time = Date.parse(occurredAt);
  if (time < EARLIEST)
    return [{ path: 'occurredAt', code: 'too_early', message: 'An interaction cannot be before 1970' }];
  if (time > now.getTime() + OCCURRED_AT_MAX_AHEAD_MS) {
    return [
      {
        path: 'occurredAt',
        code: 'in_future',
        message: 'An interaction is logged once it happened; plan a future meeting as a visit',
      },
    ];
  }
  return [];
}

async function replaceLists(
  tx: Queryable,
  auth: Auth,
  id: string,
  lists: Pick<InteractionUpdate, 'contactIds' | 'participantIds' | 'presentations'>,
) {
  if (lists.contactIds) await store.replaceContacts(tx, auth.workspaceId, id, [...new Set(lists.contactIds)]);
  if (lists.participantIds)
    await store.replaceParticipants(tx, auth.workspaceId, id, [...new Set(lists.participantIds)]);
  if (lists.presentations) {
    const rows = lists.presentations.map((p) => ({
      id: newId(),
      topic: p.topic,
      feedback: p.feedback ?? null,
    }));
    await store.replacePresentations(tx, auth.workspaceId, id, rows);
  }
}

function audit(
  action: AuditChange['action'],
  id: string,
  before: Interaction | null,
  after: Interaction | null,
) {
  return { action, entityType: 'interaction', entityId: id, before, after };
}

export type InteractionInput = InteractionCreate & { visitId?: string | null };

/**
 * Logs an interaction with its contacts, participants, presentations and next steps, inside
 * the caller's transaction: the visit report (feature visits) calls it in its own.
 *   recordInteraction(tx: Queryable, auth: Auth, clock: Clock, input: InteractionInput): Promise<Interaction>
 * Bad input throws AppError `validation_failed` with paths of the input (`occurredAt`,
 * `contactIds.0`, `nextSteps.1.ownerId`, …) and stores nothing once the caller rolls back.
 */
export async function recordInteraction(
  tx: Queryable,
  auth: Auth,
  clock: Clock,
  input: InteractionInput,
): Promise<Interaction> {
  const participantIds = input.participantIds ?? [auth.userId];
  const contactIds = input.contactIds ?? [];
  if ((await existingAccountIds(tx, auth.workspaceId, [input.accountId])).size === 0)
    refuse([{ path: 'accountId', code: 'unknown_reference', message: 'Unknown account' }]);
  refuse([
    ...checkOccurredAt(input.occurredAt, clock.now()),
    ...(await checkContactsAtAccount(tx, auth, input.accountId, contactIds)),
    ...(await participantErrors(tx, auth, participantIds)),
  ]);
  const id = newId();
  await store.insertInteraction(tx, auth.workspaceId, {
    id,
    accountId: input.accountId,
    kind: input.kind,
    channel: input.channel ?? defaultChannel[input.kind],
    occurredAt: new Date(input.occurredAt),
    summary: input.summary,
    outcome: input.outcome ?? null,
    sentiment: input.sentiment ?? null,
    visitId: input.visitId ?? null,
    createdBy: auth.userId,
  });
  await replaceLists(tx, auth, id, { contactIds, participantIds, presentations: input.presentations ?? [] });
  await addNextSteps(
    tx,
    auth,
    clock,
    { accountId: input.accountId, interactionId: id },
    input.nextSteps ?? [],
    (index) => `nextSteps.${index}.`,
  );
  const created = await loadInteraction(tx, auth, clock, id);
  await recordChange(tx, auth, audit('create', id, null, created));
  return created;
}

export async function createInteraction(db: Queryable, auth: Auth, clock: Clock, input: InteractionCreate) {
  return db.transaction((tx) => recordInteraction(tx, auth, clock, input));
}

export async function updateInteraction(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  id: string,
  input: InteractionUpdate,
): Promise<Interaction> {
  return db.transaction(async (tx) => {
    const current = await loadInteraction(tx, auth, clock, id);
    if (current.version !== input.version) throw versionConflict('this interaction');
    refuse([
      ...(input.occurredAt ? checkOccurredAt(input.occurredAt, clock.now()) : []),
      ...(input.contactIds
        ? await checkContactsAtAccount(tx, auth, current.account.id, input.contactIds)
        : []),
      ...(input.participantIds ? await participantErrors(tx, auth, input.participantIds) : []),
    ]);
    const { version, contactIds, participantIds, presentations, occurredAt, ...fields } = input;
    const changes = {
      ...fields,
      ...(occurredAt ? { occurredAt: new Date(occurredAt) } : {}),
      // A new kind without a channel takes the kind's usual one.
      ...(fields.kind && !fields.channel && fields.kind !== current.kind
        ? { channel: defaultChannel[fields.kind] }
        : {}),
    };
    if (!(await store.updateInteraction(tx, auth.workspaceId, id, version, changes)))
      throw versionConflict('this interaction');
    await replaceLists(tx, auth, id, { contactIds, participantIds, presentations });
    const updated = await loadInteraction(tx, auth, clock, id);
    await recordChange(tx, auth, audit('update', id, current, updated));
    return updated;
  });
}

/**
 * Deletes a wrongly logged interaction; the next steps agreed in it stay, unlinked. A visit
 * report is not deleted: it is what made the visit reported, so it is corrected instead.
 */
export async function deleteInteraction(db: Queryable, auth: Auth, clock: Clock, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await loadInteraction(tx, auth, clock, id);
    if (current.visitId) {
      throw new AppError('validation_failed', 'A visit report cannot be deleted; correct it instead', [
        { path: 'visitId', code: 'visit_report', message: 'This interaction is the report of a visit' },
      ]);
    }
    await unlinkNextSteps(tx, auth, id);
    await store.deleteInteraction(tx, auth.workspaceId, id);
    await recordChange(tx, auth, audit('delete', id, current, null));
  });
}
