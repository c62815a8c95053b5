import type { Auth } from '#contracts/identity.ts';
import type { DecisionRequest } from '#contracts/key-accounts.ts';
import { AppError } from '../../../core/app-error.ts';
import type { Clock } from '../../../core/clock.ts';
import type { Queryable } from '../../../db/client.ts';
import { workspaceToday } from '../../engage/contact-cadence/relationship-settings.service.ts';
import { getAccount, updateAccount } from '../../know/accounts/accounts.service.ts';
import { abcTable } from '../portfolio/portfolio.service.ts';
import { getSettings } from '../portfolio/portfolio-settings.service.ts';
import * as store from './key-accounts.store.ts';

function required(value: unknown, path: string, message: string) {
  if (value === undefined)
    throw new AppError('validation_failed', message, [{ path, code: 'required', message }]);
}

/** What the account becomes under a decision; the account service checks the owner's role. */
function accountChange(decision: DecisionRequest, current: { isKeyAccount: boolean }) {
  switch (decision.kind) {
    case 'designate':
      required(decision.tier, 'tier', 'A key account needs a tier');
      required(decision.ownerId, 'ownerId', 'A key account needs its key account manager');
      return { isKeyAccount: true, keyAccountTier: decision.tier, ownerId: decision.ownerId };
    case 'change':
      if (!current.isKeyAccount) {
        throw new AppError('validation_failed', 'Not a key account', [
          { path: 'kind', code: 'not_key_account', message: 'Only a key account can change tier or KAM' },
        ]);
      }
      if (decision.tier === undefined && decision.ownerId === undefined)
        required(undefined, 'tier', 'Change the tier or the KAM');
      return { keyAccountTier: decision.tier, ownerId: decision.ownerId };
    case 'hand_to_account_manager':
      required(decision.ownerId, 'ownerId', 'Name the account manager who takes over');
      return { isKeyAccount: false, keyAccountTier: null, ownerId: decision.ownerId };
  }
}

/**
 * A head of sales decides about a key account: designate it (tier, KAM), change tier or KAM, or
 * hand it to an account manager. The account changes and the decision is kept, together or not.
 */
export async function decide(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  accountId: string,
  decision: DecisionRequest,
) {
  return db.transaction(async (tx) => {
    const current = await getAccount(tx, auth, accountId);
    const account = await updateAccount(tx, auth, accountId, {
      version: decision.version,
      ...accountChange(decision, current),
    });
    const { today } = await workspaceToday(tx, auth, clock);
    await store.insertDecision(tx, {
      workspaceId: auth.workspaceId,
      accountId,
      kind: decision.kind,
      tier: account.keyAccountTier,
      ownerId: account.owner?.id ?? null,
      reason: decision.reason,
      effectiveOn: decision.effectiveOn ?? today,
      decidedBy: auth.userId,
    });
    return account;
  });
}

export async function decisionsOf(db: Queryable, auth: Auth, accountId: string) {
  await getAccount(db, auth, accountId);
  return { items: await store.decisionsOf(db, auth.workspaceId, accountId) };
}

/** The key accounts with their revenue, share and class in the period. */
export async function keyAccountPortfolio(
  db: Queryable,
  auth: Auth,
  clock: Clock,
  query: Parameters<typeof abcTable>[3],
) {
  const [accounts, analysis] = await Promise.all([
    store.keyAccounts(db, auth.workspaceId),
    abcTable(db, auth, clock, query),
  ]);
  const byId = new Map(analysis.rows.map((row) => [row.accountId, row]));
  return {
    period: analysis.period,
    currency: analysis.currency,
    items: accounts.map((account) => {
      const row = byId.get(account.accountId);
      return {
        ...account,
        revenueCents: row?.revenueCents ?? 0,
        share: row?.share ?? 0,
        abcClass: row?.abcClass ?? null,
        growth: row?.growth ?? null,
      };
    }),
  };
}

/** Key accounts per KAM against the configured limit. */
export async function kamWorkload(db: Queryable, auth: Auth) {
  const [settings, owners] = await Promise.all([
    getSettings(db, auth),
    store.keyAccountsPerOwner(db, auth.workspaceId),
  ]);
  return {
    limit: settings.keyAccountsPerKam,
    items: owners.map((owner) => ({ ...owner, overLimit: owner.keyAccounts > settings.keyAccountsPerKam })),
  };
}
