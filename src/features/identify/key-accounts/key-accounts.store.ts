import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { newId } from '../../../core/ids.ts';
import type { Queryable } from '../../../db/client.ts';
import { accounts, keyAccountDecisions, users } from '../../../db/schema/index.ts';
import { joinInWorkspace } from '../../../db/workspace-join.ts';

const owners = alias(users, 'owner');
const deciders = alias(users, 'decider');

export async function insertDecision(
  db: Queryable,
  values: Omit<typeof keyAccountDecisions.$inferInsert, 'id' | 'decidedAt'>,
) {
  await db.insert(keyAccountDecisions).values({ ...values, id: newId() });
}

export async function decisionsOf(db: Queryable, workspaceId: string, accountId: string) {
  return db
    .select({
      id: keyAccountDecisions.id,
      kind: keyAccountDecisions.kind,
      tier: keyAccountDecisions.tier,
      owner: { id: owners.id, name: owners.name },
      reason: keyAccountDecisions.reason,
      effectiveOn: keyAccountDecisions.effectiveOn,
      decidedBy: { id: deciders.id, name: deciders.name },
      decidedAt: keyAccountDecisions.decidedAt,
    })
    .from(keyAccountDecisions)
    .leftJoin(owners, joinInWorkspace(owners, keyAccountDecisions, [owners.id, keyAccountDecisions.ownerId]))
    .innerJoin(
      deciders,
      joinInWorkspace(deciders, keyAccountDecisions, [deciders.id, keyAccountDecisions.decidedBy]),
    )
    .where(
      and(eq(keyAccountDecisions.workspaceId, workspaceId), eq(keyAccountDecisions.accountId, accountId)),
    )
    .orderBy(desc(keyAccountDecisions.decidedAt), desc(keyAccountDecisions.id))
    .limit(500);
}

/** The workspace's key accounts (not archived), with their KAM. */
export async function keyAccounts(db: Queryable, workspaceId: string) {
  return db
    .select({
      accountId: accounts.id,
      name: accounts.name,
      customerNumber: accounts.customerNumber,
      tier: accounts.keyAccountTier,
      owner: { id: owners.id, name: owners.name },
    })
    .from(accounts)
    .leftJoin(owners, joinInWorkspace(owners, accounts, [owners.id, accounts.ownerId]))
    .where(
      and(
        eq(accounts.workspaceId, workspaceId),
        eq(accounts.isKeyAccount, true),
        isNull(accounts.archivedAt),
      ),
    )
    .orderBy(accounts.keyAccountTier, accounts.nameSort)
    .limit(10_000);
}

/** Key accounts per owner; every active KAM appears, also with none. */
export async function keyAccountsPerOwner(db: Queryable, workspaceId: string) {
  const result = await db.execute<{ id: string; name: string; role: string; key_accounts: string }>(sql`
    SELECT u.id, u.name, u.role::text AS role, count(a.id) AS key_accounts
    FROM users u
    LEFT JOIN accounts a ON a.workspace_id = u.workspace_id AND a.owner_id = u.id
      AND a.is_key_account AND a.archived_at IS NULL
    WHERE u.workspace_id = ${workspaceId} AND u.active
      AND (u.role = 'key_account_manager' OR a.id IS NOT NULL)
    GROUP BY u.id, u.name, u.role
    ORDER BY count(a.id) DESC, u.name`);
  return result.rows.map((row) => ({
    user: { id: row.id, name: row.name, role: row.role },
    keyAccounts: Number(row.key_accounts),
  }));
}
