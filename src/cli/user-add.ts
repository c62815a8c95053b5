import { ZUserCreate } from '#contracts/users.ts';
import { AppError } from '../core/app-error.ts';
import type { Role } from '../core/permissions.ts';
import type { Db } from '../db/client.ts';
import { addUser } from '../features/platform/users/users.service.ts';
import {
  createWorkspace,
  findOrCreateWorkspaceFor,
} from '../features/platform/workspaces/workspaces.service.ts';

interface Options {
  email: string;
  name: string;
  password: string;
  role: Role;
  workspace?: string;
  locale: string;
}

export async function addUserCommand(db: Db, options: Options) {
  const parsed = ZUserCreate.safeParse({
    email: options.email,
    name: options.name,
    password: options.password,
    role: options.role,
    locale: options.locale,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid input:\n  ${problems.join('\n  ')}`);
  }
  try {
    await db.transaction(async (tx) => {
      const target = await findOrCreateWorkspaceFor(tx, options.workspace);
      if (!target) throw new Error('There are several workspaces: name one with --workspace.');
      if (target.workspace) {
        const user = await addUser(tx, { workspaceId: target.workspace.id }, parsed.data);
        console.log(`Added ${user.email} (${user.role}) to workspace "${target.workspace.name}".`);
      } else {
        const name = options.workspace ?? 'Kontor';
        const { user } = await createWorkspace(tx, name, parsed.data);
        console.log(`Created workspace "${name}" and added ${user.email} (${user.role}).`);
      }
    });
  } catch (error) {
    if (error instanceof AppError) throw new Error(error.errors[0]?.message ?? error.message);
    throw error;
  }
}
