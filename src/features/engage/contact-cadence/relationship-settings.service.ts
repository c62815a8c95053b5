import type { RelationshipSettings, RelationshipSettingsUpdate } from '#contracts/contact-cadence.ts';
import type { Auth } from '#contracts/identity.ts';
import { versionConflict } from '../../../core/app-error.ts';
import { dayIn } from '../../../core/calendar-day.ts';
import type { Clock } from '../../../core/clock.ts';
import type { Queryable } from '../../../db/client.ts';
import { recordChange } from '../../platform/audit/audit.service.ts';
import * as store from './relationship-settings.store.ts';

/** What a workspace that never changed its settings uses (the table's defaults). */
export const defaultRelationshipSettings: RelationshipSettings = {
  tier1CadenceDays: 14,
  tier2CadenceDays: 30,
  tier3CadenceDays: 60,
  timeZone: 'Europe/Berlin',
  version: 1,
};

export async function getRelationshipSettings(
  db: Queryable,
  auth: Pick<Auth, 'workspaceId'>,
): Promise<RelationshipSettings> {
  return (await store.findSettings(db, auth.workspaceId)) ?? defaultRelationshipSettings;
}

/** Today in the workspace's time zone: what "due" and "overdue" are measured against. */
export async function workspaceToday(db: Queryable, auth: Pick<Auth, 'workspaceId'>, clock: Clock) {
  const { timeZone } = await getRelationshipSettings(db, auth);
  return { today: dayIn(clock.now(), timeZone), timeZone };
}

export async function updateRelationshipSettings(
  db: Queryable,
  auth: Auth,
  input: RelationshipSettingsUpdate,
): Promise<RelationshipSettings> {
  return db.transaction(async (tx) => {
    const before = await getRelationshipSettings(tx, auth);
    const { version, ...given } = input;
    const changes = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
    const after = await store.updateSettings(tx, auth.workspaceId, version, changes);
    if (!after) throw versionConflict('the settings');
    await recordChange(tx, auth, {
      action: 'update',
      entityType: 'relationship_settings',
      entityId: auth.workspaceId,
      before,
      after,
    });
    return after;
  });
}
