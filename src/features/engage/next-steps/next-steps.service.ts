import type { Auth } from '#contracts/identity.ts';
import type {
  NextStep,
  NextStepCreate,
  NextStepDraft,
  NextStepListQuery,
  NextStepUpdate,
} from '#contracts/next-steps.ts';
import { AppError, refuse, versionConflict } from '../../../core/app-error.ts';
import { daysBetween } from '../../../core/calendar-day.ts';
import type { Clock } from '../../../core/clock.ts';
import { newId } from '../../../core/ids.ts';
import type { Queryable } from '../../../db/client.ts';
import { existingAccountIds } from '../../know/accounts/accounts.service.ts';
import { recordChange, recordChanges } from '../../platform/audit/audit.service.ts';
import { memberErrors } from '../../platform/users/users.service.ts';
import { workspaceToday } from '../contact-cadence/relationship-settings.service.ts';
import * as store from './next-steps.store.ts';

/** An internal colleague works on the steps assigned to them and sees no others. */
const seesOnlyOwnSteps = (auth: Auth) => auth.role === 'internal';

function toNextStep(row: store.NextStepRow, today: string): NextStep {
  const overdue = row.status === 'open' && row.dueOn < today;
  return { ...row, overdue, overdueDays: overdue ? daysBetween(row.dueOn, today) : 0 };
}

function notFound(): AppError {
  return new AppError('not_found', 'Next step not found');
}

async function loadNextStep(db: Queryable, auth: Auth, id: string, today: string): Promise<NextStep> {
  const row = await store.findNextStep(db, auth.workspaceId, id);
  if (!row || (seesOnlyOwnSteps(auth) && row.owner.id !== auth.userId)) throw notFound();
  return toNextStep(row, today);
}

export async function listNextSteps(db: Queryable, auth: Auth, clock: Clock, query: NextStepListQuery) {
  const { today } = await workspaceToday(db, auth, clock);
  const ownerId = seesOnlyOwnSteps(auth) ? auth.userId : query.ownerId;
  const page = await store.listNextSteps(db, auth.workspaceId, { ...query, ownerId, today });
  return { items: page.items.map((row) => toNextStep(row, today)), nextCursor: page.nextCursor };
}

export async function getNextStep(db: Queryable, auth: Auth, clock: Clock, id: string) {
  const { today } = await workspaceToday(db, auth, clock);
  return loadNextStep(db, auth, id, today);
}

/** Used by interactions: the steps agreed in each of them, by interaction id. */
export async function nextStepsOfInteractions(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  interactionIds: string[],
): Promise<Map<string, NextStep[]>> {
  const { today } = await workspaceToday(db, auth, clock);
  const byInteraction = new Map<string, NextStep[]>();
  for (const row of await store.stepsOfInteractions(db, auth.workspaceId, interactionIds)) {
    const key = row.interactionId as string;
    byInteraction.set(key, [...(byInteraction.get(key) ?? []), toNextStep(row, today)]);
  }
  return byInteraction;
}

/**
 * Creates next steps of one account, e.g. those agreed in an interaction (`interactionId`), in
 * the caller's transaction. `path` names the steps in errors (`nextSteps` → `nextSteps.0.ownerId`).
 */
export async function addNextSteps(
  tx: Queryable,
  auth: Auth,
  clock: Clock,
  target: { accountId: string; interactionId: string | null },
  drafts: readonly NextStepDraft[],
  path: (index: number) => string,
): Promise<NextStep[]> {
  const owners = drafts.map((draft) => draft.ownerId);
  refuse(
    await memberErrors(tx, auth.workspaceId, owners, (index) => `${path(index)}ownerId`, { active: true }),
  );
  const rows = drafts.map((draft) => ({
    id: newId(),
    accountId: target.accountId,
    interactionId: target.interactionId,
    title: draft.title,
    notes: draft.notes ?? null,
    ownerId: draft.ownerId,
    dueOn: draft.dueOn,
    createdBy: auth.userId,
  }));
  await store.insertNextSteps(tx, auth.workspaceId, rows);
  const { today } = await workspaceToday(tx, auth, clock);
  // One after the other: a transaction's connection runs one statement at a time.
  const created: NextStep[] = [];
  for (const row of rows) created.push(await loadNextStep(tx, auth, row.id, today));
  await recordChanges(
    tx,
    auth,
    created.map((step) => ({
      action: 'create' as const,
      entityType: 'next_step',
      entityId: step.id,
      before: null,
      after: step,
    })),
  );
  return created;
}

export async function createNextStep(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  input: NextStepCreate,
): Promise<NextStep> {
  return db.transaction(async (tx) => {
    const { accountId, interactionId = null, ...draft } = input;
    if ((await existingAccountIds(tx, auth.workspaceId, [accountId])).size === 0)
      refuse([{ path: 'accountId', code: 'unknown_reference', message: 'Unknown account' }]);
    if (
      interactionId &&
      (await store.accountOfInteraction(tx, auth.workspaceId, interactionId)) !== accountId
    ) {
      refuse([
        {
          path: 'interactionId',
          code: 'unknown_reference',
          message: 'Not an interaction with this account',
        },
      ]);
    }
    const [created] = await addNextSteps(tx, auth, clock, { accountId, interactionId }, [draft], () => '');
    return created as NextStep;
  });
}

export async function updateNextStep(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  id: string,
  input: NextStepUpdate,
): Promise<NextStep> {
  return db.transaction(async (tx) => {
    const { today } = await workspaceToday(tx, auth, clock);
    const current = await loadNextStep(tx, auth, id, today);
    const { version, ...changes } = input;
    const beyondStatus = Object.keys(changes).filter((key) => key !== 'status');
    if (seesOnlyOwnSteps(auth) && beyondStatus.length > 0) {
      throw new AppError(
        'forbidden',
        'Internal colleagues change only the status of their steps',
        beyondStatus.map((key) => ({ path: key, code: 'forbidden', message: 'Only the status may change' })),
      );
    }
    if (current.version !== version) throw versionConflict('this next step');
    if (changes.ownerId && changes.ownerId !== current.owner.id)
      refuse(await memberErrors(tx, auth.workspaceId, [changes.ownerId], () => 'ownerId', { active: true }));
    const statusChanged = changes.status !== undefined && changes.status !== current.status;
    const completedAt = statusChanged ? { completedAt: changes.status === 'done' ? clock.now() : null } : {};
    if (!(await store.updateNextStep(tx, auth.workspaceId, id, version, { ...changes, ...completedAt })))
      throw versionConflict('this next step');
    const updated = await loadNextStep(tx, auth, id, today);
    await recordChange(tx, auth, {
      action: 'update',
      entityType: 'next_step',
      entityId: id,
      before: current,
      after: updated,
    });
    return updated;
  });
}

/** Used by interactions when one is deleted: its steps stay, unlinked. */
export async function unlinkNextSteps(tx: Queryable, auth: Auth, interactionId: string) {
  const unlinked = await store.unlinkFromInteraction(tx, auth.workspaceId, interactionId);
  await recordChanges(
    tx,
    auth,
    unlinked.map(({ id }) => ({
      action: 'update' as const,
      entityType: 'next_step',
      entityId: id,
      before: { interactionId },
      after: { interactionId: null },
    })),
  );
}
