import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../src/core/permissions.ts';
import { roles } from '../../src/core/permissions.ts';
import type { Database } from '../../src/db/client.ts';
import { addUser } from '../../src/features/platform/users/users.service.ts';
import { createWorkspace } from '../../src/features/platform/workspaces/workspaces.service.ts';
import { type Client, clientFor } from './test-app.ts';

export const PASSWORD = 'correct horse battery';

export interface WorkspaceFixture {
  workspaceId: string;
  users: Record<Role, { id: string; email: string }>;
  /** A signed-in client per role. */
  as: Record<Role, Client>;
}

/** A workspace with one signed-in user per role, built through the real services and login. */
export async function workspaceWithAllRoles(
  app: FastifyInstance,
  database: Database,
  label = 'ws',
): Promise<WorkspaceFixture> {
  const tag = `${label}-${randomBytes(4).toString('hex')}`;
  const email = (role: Role) => `${role}.${tag}@kontor.example`;
  const { workspace, user: admin } = await createWorkspace(database.db, `Workspace ${tag}`, {
    email: email('admin'),
    name: 'Ada Admin',
    role: 'admin',
    password: PASSWORD,
  });
  const users = { admin: { id: admin.id, email: admin.email } } as WorkspaceFixture['users'];
  for (const role of roles.filter((r) => r !== 'admin')) {
    const user = await addUser(
      database.db,
      { workspaceId: workspace.id },
      {
        email: email(role),
        name: `${role} user`,
        role,
        password: PASSWORD,
      },
    );
    users[role] = { id: user.id, email: user.email };
  }
  const as = {} as WorkspaceFixture['as'];
  for (const role of roles) as[role] = await signIn(app, users[role].email);
  return { workspaceId: workspace.id, users, as };
}

export async function signIn(app: FastifyInstance, email: string, password = PASSWORD): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'kontor_session');
  if (!cookie) throw new Error('no session cookie');
  return clientFor(app, { cookie: `kontor_session=${cookie.value}` });
}
