import type { Queryable } from '../../db/client.ts';
import type { Auth } from '../../http/request-context.ts';
import { createAccount } from '../accounts/accounts.service.ts';
import { createContact } from '../contacts/contacts.service.ts';
import { addUser } from '../users/users.service.ts';
import { createWorkspace, findWorkspaceByName } from '../workspaces/workspaces.service.ts';
import { demoAccounts, demoPassword, demoUsers, demoWorkspaceName } from './demo-data.ts';

export interface DemoResult {
  created: boolean;
  workspaceName: string;
  accounts: number;
  contacts: number;
  users: readonly { email: string; role: string }[];
  password: string;
}

/**
 * Creates the demo workspace through the same services the API uses, all or nothing; a second
 * run changes nothing.
 */
export async function createDemoWorkspace(db: Queryable, accountCount: number): Promise<DemoResult> {
  return db.transaction((tx) => fillDemoWorkspace(tx, accountCount));
}

async function fillDemoWorkspace(db: Queryable, accountCount: number): Promise<DemoResult> {
  const result = { workspaceName: demoWorkspaceName, users: demoUsers, password: demoPassword };
  if (await findWorkspaceByName(db, demoWorkspaceName))
    return { ...result, created: false, accounts: 0, contacts: 0 };

  const [first, ...others] = demoUsers;
  const { workspace, user: admin } = await createWorkspace(db, demoWorkspaceName, {
    ...first,
    password: demoPassword,
    locale: 'de',
  });
  const auth: Auth = {
    workspaceId: workspace.id,
    userId: admin.id,
    role: 'admin',
    name: admin.name,
    email: admin.email,
    locale: 'de',
    readOnly: false,
  };
  const users = [];
  for (const user of others) {
    users.push(await addUser(db, auth, { ...user, password: demoPassword, locale: 'de' }));
  }
  const kams = users.filter((user) => user.role === 'key_account_manager');
  const ams = users.filter((user) => user.role === 'account_manager');

  const ids = new Map<string, string>();
  let contacts = 0;
  const plan = demoAccounts(accountCount);
  for (const [index, account] of plan.entries()) {
    const owners = account.ownerKind === 'kam' ? kams : account.ownerKind === 'am' ? ams : [];
    const owner = owners[index % Math.max(owners.length, 1)];
    const created = await createAccount(db, auth, {
      ...account.input,
      parentId: account.parentKey ? ids.get(account.parentKey) : undefined,
      ownerId: owner?.id,
    });
    ids.set(account.key, created.id);
    for (const contact of account.contacts) {
      await createContact(db, auth, { ...contact, accountIds: [created.id] });
      contacts++;
    }
  }
  return { ...result, created: true, accounts: plan.length, contacts };
}
