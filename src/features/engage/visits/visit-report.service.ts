import type { Auth } from '#contracts/identity.ts';
import type { Interaction } from '#contracts/interactions.ts';
import type { Visit, VisitReport } from '#contracts/visits.ts';
import { AppError, refuse, versionConflict } from '../../../core/app-error.ts';
import type { Clock } from '../../../core/clock.ts';
import type { Queryable } from '../../../db/client.ts';
import { recordChange } from '../../platform/audit/audit.service.ts';
import { recordInteraction } from '../interactions/interactions.service.ts';
import { getVisit, visitChange } from './visits.service.ts';
import * as store from './visits.store.ts';

function refuseIfClosed(visit: Visit) {
  if (visit.status === 'reported') {
    throw new AppError('duplicate', 'This visit has already been reported; correct its report instead', [
      { path: 'status', code: 'visit_reported', message: 'Already reported' },
    ]);
  }
  if (visit.status === 'cancelled') {
    refuse([{ path: 'status', code: 'visit_cancelled', message: 'A cancelled visit has no report' }]);
  }
}

/**
 * After the visit: the report becomes the interaction (a presentation when topics were presented
 * and their feedback logged, else a visit), with the next steps agreed; the visit is closed as
 * reported. All of it in one transaction, or nothing.
 */
export async function reportVisit(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  id: string,
  input: VisitReport,
): Promise<{ visit: Visit; interaction: Interaction }> {
  return db.transaction(async (tx) => {
    const current = await getVisit(tx, auth, id);
    refuseIfClosed(current);
    if (current.version !== input.version) throw versionConflict('this visit');
    // The visit first: its row lock makes a second report of the same visit wait, then fail.
    const closed = await store.updateVisit(tx, auth.workspaceId, id, input.version, {
      status: 'reported',
      rating: input.rating ?? null,
    });
    if (!closed) throw versionConflict('this visit');
    const feedback = input.feedback ?? [];
    const participantIds = current.participants.map((user) => user.id);
    const interaction = await recordInteraction(tx, auth, clock, {
      accountId: current.account.id,
      visitId: id,
      kind: feedback.length > 0 ? 'presentation' : 'visit',
      occurredAt: input.occurredAt ?? new Date(current.startsAt).toISOString(),
      summary: input.summary,
      outcome: input.outcome,
      sentiment: input.sentiment,
      contactIds: input.contactIds ?? current.contacts.map((contact) => contact.id),
      participantIds: participantIds.length > 0 ? participantIds : undefined,
      presentations: feedback,
      nextSteps: input.nextSteps,
    });
    const visit = await getVisit(tx, auth, id);
    await recordChange(tx, auth, visitChange(current, visit));
    return { visit, interaction };
  });
}
