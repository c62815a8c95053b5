import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { industries } from '../../../db/schema/index.ts';
import { updateVersioned } from '../../../db/versioned-update.ts';
import { defaultIndustries } from './default-industries.ts';

const industryColumns = {
  key: industries.key,
  labelDe: industries.labelDe,
  labelEn: industries.labelEn,
  position: industries.position,
  archived: industries.archived,
  version: industries.version,
};

export async function seedIndustries(db: Queryable, workspaceId: string) {
  await db
    .insert(industries)
    .values(defaultIndustries.map((industry, position) => ({ ...industry, workspaceId, position })));
}

export async function listIndustries(db: Queryable, workspaceId: string) {
  return db
    .select(industryColumns)
    .from(industries)
    .where(eq(industries.workspaceId, workspaceId))
    .orderBy(asc(industries.position), asc(industries.key))
    .limit(500);
}

export async function findIndustry(db: Queryable, workspaceId: string, key: string) {
  const [row] = await db
    .select(industryColumns)
    .from(industries)
    .where(and(eq(industries.workspaceId, workspaceId), eq(industries.key, key)));
  return row;
}

export async function insertIndustry(
  db: Queryable,
  workspaceId: string,
  values: { key: string; labelDe: string; labelEn: string },
) {
  const [row] = await db
    .insert(industries)
    .values({
      ...values,
      workspaceId,
      position: sql`(SELECT coalesce(max(position), -1) + 1 FROM industries WHERE workspace_id = ${workspaceId})`,
    })
    .returning(industryColumns);
  return row as NonNullable<typeof row>;
}

export async function updateIndustry(
  db: Queryable,
  workspaceId: string,
  key: string,
  version: number,
  changes: Partial<{ labelDe: string; labelEn: string; position: number; archived: boolean }>,
) {
  return updateVersioned(
    db,
    industries,
    { workspaceId, key: eq(industries.key, key), version },
    changes,
    industryColumns,
  );
}
