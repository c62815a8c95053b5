import { and, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { UserListQuery } from '#contracts/users.ts';
import type { Role } from '../../../core/permissions.ts';
import type { Queryable } from '../../../db/client.ts';
import { keysetPage, pageOf, textSort } from '../../../db/keyset.ts';
import { users } from '../../../db/schema/index.ts';
import { updateVersioned } from '../../../db/versioned-update.ts';

/** The user as the API shows it: never the password hash. */
export const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  team: users.team,
  locale: users.locale,
  active: users.active,
  version: users.version,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

export async function findUserForLogin(db: Queryable, email: string) {
  const [row] = await db
    .select({ ...userColumns, workspaceId: users.workspaceId, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}

export async function emailTaken(db: Queryable, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row !== undefined;
}

export async function findUser(db: Queryable, workspaceId: string, id: string) {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.id, id)));
  return row;
}

/** Whether each of these users of the workspace is active; ids of no user there are missing. */
export async function activeByUser(db: Queryable, workspaceId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, boolean>();
  const rows = await db
    .select({ id: users.id, active: users.active })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), inArray(users.id, [...new Set(ids)])));
  return new Map(rows.map((row) => [row.id, row.active]));
}

export async function findPasswordHash(db: Queryable, workspaceId: string, id: string) {
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.id, id)));
  return row?.passwordHash;
}

const byName = textSort<{ name: string }>(users.name, (row) => row.name);

export async function listUsers(db: Queryable, workspaceId: string, query: UserListQuery) {
  const conditions: (SQL | undefined)[] = [eq(users.workspaceId, workspaceId)];
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, '\\$&')}%`;
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern)));
  }
  if (query.role) conditions.push(eq(users.role, query.role));
  if (query.active !== undefined) conditions.push(eq(users.active, query.active));
  const page = keysetPage(byName, users.id, 'asc', query.cursor);
  conditions.push(page.after);
  const rows = await db
    .select(userColumns)
    .from(users)
    .where(and(...conditions))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return pageOf(rows, query.limit, byName);
}

export async function insertUser(
  db: Queryable,
  values: {
    id: string;
    workspaceId: string;
    email: string;
    name: string;
    role: Role;
    team?: string | null | undefined;
    passwordHash: string;
    locale: string;
  },
) {
  const [row] = await db.insert(users).values(values).returning(userColumns);
  return row as NonNullable<typeof row>;
}

export type UserChanges = Partial<{
  name: string;
  role: Role;
  team: string | null;
  locale: string;
  active: boolean;
  passwordHash: string;
}>;

/** Applies the changes only if the row still has the version the caller read. */
export async function updateUser(
  db: Queryable,
  workspaceId: string,
  id: string,
  version: number,
  changes: UserChanges,
) {
  return updateVersioned(db, users, { workspaceId, key: eq(users.id, id), version }, changes, userColumns);
}

/**
 * Counts the workspace's active admins and locks their rows until the transaction ends, so that
 * two admins demoting each other at once cannot both see the other one still standing.
 */
export async function lockActiveAdmins(db: Queryable, workspaceId: string): Promise<number> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.role, 'admin'), eq(users.active, true)))
    .for('update');
  return rows.length;
}
