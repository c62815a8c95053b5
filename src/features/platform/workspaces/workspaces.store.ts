import { asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { workspaces } from '../../../db/schema/index.ts';

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

export async function renameWorkspace(db: Queryable, id: string, name: string) {
  await db.update(workspaces).set({ name }).where(eq(workspaces.id, id));
}

/** The tables that hold a workspace's rows (a `workspace_id` column), read from the catalog. */
async function tenantTables(db: Queryable) {
  const tables = await db.execute<{ name: string }>(sql`
    SELECT c.relname AS name FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'workspace_id' AND NOT a.attisdropped
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition`);
  const references = await db.execute<{ child: string; parent: string }>(sql`
    SELECT child.relname AS child, parent.relname AS parent FROM pg_constraint f
    JOIN pg_class child ON child.oid = f.conrelid
    JOIN pg_class parent ON parent.oid = f.confrelid
    WHERE f.contype = 'f' AND f.conrelid <> f.confrelid`);
  return { names: tables.rows.map((row) => row.name), references: references.rows };
}

/**
 * Deletes a workspace with every row it holds, each table before the tables it refers to. The
 * tables come from the catalog, so that a table added later cannot be forgotten here.
 */
export async function deleteWorkspace(db: Queryable, id: string) {
  const { names, references } = await tenantTables(db);
  const left = new Set(names);
  while (left.size > 0) {
    const referenced = new Set(references.filter((r) => left.has(r.child)).map((r) => r.parent));
    const free = [...left].filter((name) => !referenced.has(name));
    if (free.length === 0) throw new Error(`Tables refer to each other in a circle: ${[...left].join(', ')}`);
    for (const name of free) {
      await db.execute(sql`DELETE FROM ${sql.identifier(name)} WHERE workspace_id = ${id}`);
      left.delete(name);
    }
  }
  await db.delete(workspaces).where(eq(workspaces.id, id));
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
