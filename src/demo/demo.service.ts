import type { Auth } from '#contracts/identity.ts';
import type { Clock } from '../core/clock.ts';
import type { Db, Queryable } from '../db/client.ts';
import { getRelationshipSettings } from '../features/engage/contact-cadence/relationship-settings.service.ts';
import { createAccount } from '../features/know/accounts/accounts.service.ts';
import { createContact } from '../features/know/contacts/contacts.service.ts';
import { addUser } from '../features/platform/users/users.service.ts';
import {
  createWorkspace,
  deleteWorkspace,
  findWorkspaceByName,
  renameWorkspace,
} from '../features/platform/workspaces/workspaces.service.ts';
import { planBuyingCentre, recordBuyingCentre, type Stakeholder } from './demo-buying-centre.ts';
import { recordAccountManagerCalls, recordContactHistory } from './demo-contact-history.ts';
import {
  authOf,
  type DemoAccountCreated,
  type DemoClock,
  type DemoKeyAccount,
  type DemoTeam,
  demoClock,
} from './demo-context.ts';
import { type DemoAccount, demoAccounts, demoPassword, demoUsers, demoWorkspaceName } from './demo-data.ts';
import { importRevenue } from './demo-import.ts';
import { designateKeyAccounts, reviewPortfolio } from './demo-portfolio.ts';
import { type DemoCustomer, demoCustomers, revenueExport } from './demo-revenue.ts';
import { planAccountManagerVisits, planVisits, reportLastWeeksVisit } from './demo-visits.ts';

export interface DemoOptions {
  accounts: number;
  /** The import's upload limit (KONTOR_IMPORT_MAX_MB): the demo's file goes the same way as any. */
  importMaxBytes: number;
}

export interface DemoResult {
  created: boolean;
  workspaceName: string;
  accounts: number;
  contacts: number;
  keyAccounts: number;
  interactions: number;
  visits: number;
  revenueLines: number;
  users: readonly { email: string; role: string }[];
  password: string;
}

/** The name the workspace carries while it is built: only a complete demo has the real one. */
export const unfinishedName = `${demoWorkspaceName} (wird angelegt)`;

/**
 * Creates the demo workspace through the same services the API uses, all or nothing; a second
 * run changes nothing.
 *
 * All or nothing across two transactions: the revenue import commits on a connection of its own
 * (as every import does) and needs the accounts committed before it, so it cannot share the
 * transaction that creates everything else. So the workspace is built in one transaction under
 * an unfinished name, then the revenue file is imported, then the workspace gets its real name.
 * If the import fails, the unfinished workspace is deleted with all it holds; one left over by a
 * run that was killed midway is deleted by the next run before it starts.
 */
export async function createDemoWorkspace(db: Db, clock: Clock, options: DemoOptions): Promise<DemoResult> {
  const result = { workspaceName: demoWorkspaceName, users: demoUsers, password: demoPassword };
  if (await findWorkspaceByName(db, demoWorkspaceName)) {
    return {
      ...result,
      created: false,
      accounts: 0,
      contacts: 0,
      keyAccounts: 0,
      interactions: 0,
      visits: 0,
      revenueLines: 0,
    };
  }
  const leftover = await findWorkspaceByName(db, unfinishedName);
  if (leftover) await deleteWorkspace(db, leftover.id);

  const days = demoClock(clock);
  const plan = demoAccounts(options.accounts);
  const customers = demoCustomers(plan, days.today);
  const built = await db.transaction((tx) => fillDemoWorkspace(tx, plan, customers, days));
  try {
    const { file } = revenueExport(customers, days.today);
    const revenueLines = await importRevenue(db, built.team.headOfSales, clock, file, options.importMaxBytes);
    await renameWorkspace(db, built.team.admin.workspaceId, demoWorkspaceName);
    return { ...result, ...built.counts, revenueLines, created: true };
  } catch (error) {
    // Should this fail as well, the next run removes the unfinished workspace: the import's
    // error is the one to see.
    await deleteWorkspace(db, built.team.admin.workspaceId).catch(() => undefined);
    throw error;
  }
}

async function createTeam(db: Queryable): Promise<DemoTeam> {
  const [first, ...others] = demoUsers;
  const { workspace, user } = await createWorkspace(db, unfinishedName, {
    ...first,
    password: demoPassword,
    locale: 'de',
  });
  const admin = authOf(workspace.id, user);
  const users: Auth[] = [];
  for (const other of others) {
    users.push(
      authOf(workspace.id, await addUser(db, admin, { ...other, password: demoPassword, locale: 'de' })),
    );
  }
  const withRole = (role: Auth['role']) => users.filter((u) => u.role === role);
  return {
    admin,
    headOfSales: withRole('head_of_sales')[0] as Auth,
    kams: withRole('key_account_manager'),
    ams: withRole('account_manager'),
    internal: withRole('internal')[0] as Auth,
  };
}

async function createAccounts(db: Queryable, team: DemoTeam, plan: readonly DemoAccount[]) {
  const created = new Map<string, DemoAccountCreated>();
  let contacts = 0;
  for (const [index, planned] of plan.entries()) {
    const owner = planned.ownerKind === 'am' ? team.ams[index % team.ams.length] : undefined;
    const account = await createAccount(db, team.admin, {
      ...planned.input,
      parentId: planned.parentKey ? created.get(planned.parentKey)?.account.id : undefined,
      ownerId: owner?.userId,
    });
    const people = [];
    for (const contact of planned.contacts) {
      const { id } = await createContact(db, team.admin, { ...contact, accountIds: [account.id] });
      people.push({ id, jobTitle: contact.jobTitle ?? '' });
      contacts++;
    }
    created.set(planned.key, { account, people });
  }
  return { created, contacts };
}

/** Each account manager's two largest customers that are no key accounts. */
function largestOf(
  am: Auth,
  customers: readonly DemoCustomer[],
  created: ReadonlyMap<string, DemoAccountCreated>,
  keyAccountIds: ReadonlySet<string>,
) {
  return customers
    .filter((customer) => customer.lastDay === null)
    .sort((a, b) => b.annualRevenue - a.annualRevenue)
    .map((customer) => created.get(customer.key) as DemoAccountCreated)
    .filter(({ account }) => account.owner?.id === am.userId && !keyAccountIds.has(account.id))
    .slice(0, 2);
}

async function fillDemoWorkspace(
  db: Queryable,
  plan: readonly DemoAccount[],
  customers: readonly DemoCustomer[],
  clock: DemoClock,
) {
  const team = await createTeam(db);
  const { created, contacts } = await createAccounts(db, team, plan);
  const { keyAccounts, candidates } = await designateKeyAccounts(db, team, customers, created, clock);
  await reviewPortfolio(db, team, keyAccounts, candidates, clock);

  const settings = await getRelationshipSettings(db, team.admin);
  const cadenceOf = (tier: number) =>
    tier === 1
      ? settings.tier1CadenceDays
      : tier === 2
        ? settings.tier2CadenceDays
        : settings.tier3CadenceDays;
  const stakeholdersOf = new Map<string, Stakeholder[]>();
  const accountsOf = new Map<string, DemoKeyAccount[]>();
  let interactions = 0;
  for (const [index, keyAccount] of keyAccounts.entries()) {
    const stakeholders = planBuyingCentre(keyAccount, team, clock, 1000 + index);
    await recordBuyingCentre(db, keyAccount, stakeholders, clock);
    stakeholdersOf.set(keyAccount.account.id, stakeholders);
    accountsOf.set(keyAccount.kam.userId, [...(accountsOf.get(keyAccount.kam.userId) ?? []), keyAccount]);
    const cadence = cadenceOf(keyAccount.tier);
    interactions += await recordContactHistory(
      db,
      team,
      keyAccount,
      stakeholders,
      cadence,
      clock,
      2000 + index,
    );
  }
  let visits = await planVisits(db, team, accountsOf, stakeholdersOf, clock);
  const reported = await reportLastWeeksVisit(db, team, accountsOf, stakeholdersOf, clock);
  visits += reported;
  interactions += reported;
  const keyAccountIds = new Set(keyAccounts.map(({ account }) => account.id));
  for (const am of team.ams) {
    const largest = largestOf(am, customers, created, keyAccountIds);
    await recordAccountManagerCalls(db, am, largest, clock);
    interactions += largest.length;
    visits += await planAccountManagerVisits(db, am, largest, clock);
  }
  return {
    team,
    counts: { accounts: plan.length, contacts, keyAccounts: keyAccounts.length, interactions, visits },
  };
}
