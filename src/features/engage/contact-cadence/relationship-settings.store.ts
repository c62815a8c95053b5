import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { relationshipSettings } from '../../../db/schema/index.ts';

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
  const [row] = await db
    .update(relationshipSettings)
    .set({ ...changes, version: sql`${relationshipSettings.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(relationshipSettings.workspaceId, workspaceId), eq(relationshipSettings.version, version)))
    .returning(settingsColumns);
  return row;
}
