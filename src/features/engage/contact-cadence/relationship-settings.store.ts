import { eq } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { relationshipSettings } from '../../../db/schema/index.ts';
import { updateVersioned } from '../../../db/versioned-update.ts';

const settingsColumns = {
  tier1CadenceDays: relationshipSettings.tier1CadenceDays,
  tier2CadenceDays: relationshipSettings.tier2CadenceDays,
  tier3CadenceDays: relationshipSettings.tier3CadenceDays,
  timeZone: relationshipSettings.timeZone,
  version: relationshipSettings.version,
};

export async function findSettings(db: Queryable, workspaceId: string) {
  const [row] = await db
    .select(settingsColumns)
    .from(relationshipSettings)
    .where(eq(relationshipSettings.workspaceId, workspaceId));
  return row;
}

/** Creates the row on first use, then applies the change only at the version read. */
export async function updateSettings(
  db: Queryable,
  workspaceId: string,
  version: number,
  changes: Partial<{
    tier1CadenceDays: number;
    tier2CadenceDays: number;
    tier3CadenceDays: number;
    timeZone: string;
  }>,
) {
  await db.insert(relationshipSettings).values({ workspaceId }).onConflictDoNothing();
  return updateVersioned(
    db,
    relationshipSettings,
    { workspaceId, key: undefined, version },
    changes,
    settingsColumns,
  );
}
