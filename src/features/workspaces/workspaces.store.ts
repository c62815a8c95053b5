import { asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { workspaces } from '../../db/schema/index.ts';

export async function countWorkspaces(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(workspaces);
  return row?.n ?? 0;
}

export async function insertWorkspace(db: Queryable, id: string, name: string) {
  await db.insert(workspaces).values({ id, name });
}

export async function firstWorkspace(db: Queryable) {
  const [row] = await db.select().from(workspaces).orderBy(asc(workspaces.createdAt)).limit(1);
  return row;
}

export async function findWorkspace(db: Queryable, id: string) {
  const [row] = await db
    .select({ id: workspaces.id, name: workspaces.name })
    .from(workspaces)
    .where(eq(workspaces.id, id));
  return row;
}

export async function findWorkspaceByName(db: Queryable, name: string) {
  const [row] = await db
    .select({ id: workspaces.id, name: workspaces.name })
    .from(workspaces)
    .where(eq(workspaces.name, name));
  return row;
}

/** Only one onboarding may run at a time, so that two browsers cannot both create the first workspace. */
export async function lockOnboarding(db: Queryable) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(7474102)`);
}
