import type { Auth } from '#contracts/identity.ts';
import { AppError } from '../../../core/app-error.ts';
import { decoyHash, verifyPassword } from '../../../core/password.ts';
import { isAllowed, type Permission, permissionMatrix } from '../../../core/permissions.ts';
import type { Queryable } from '../../../db/client.ts';
import { attemptWithPassword } from '../password-attempts/password-attempts.service.ts';
import { endSession, startSession } from '../sessions/sessions.service.ts';
import { findUserForLogin } from '../users/users.service.ts';

export async function login(
  db: Queryable,
  input: { email: string; password: string },
  client: { ip: string; userAgent?: string | undefined },
  sessionDays: number,
) {
  const email = input.email.trim().toLowerCase();
  const user = await attemptWithPassword(db, { email, ip: client.ip }, async (tx) => {
    const found = await findUserForLogin(tx, email);
    // The decoy hash takes as long as a real one: the answer's time does not tell who has an account.
    const valid = await verifyPassword(input.password, found?.passwordHash ?? (await decoyHash));
    return found && valid && found.active ? found : null;
  });
  if (!user) throw new AppError('unauthenticated', 'E-mail or password is wrong');
  const secret = await startSession(db, user, client, sessionDays);
  const { passwordHash: _, workspaceId: __, ...publicUser } = user;
  return { secret, user: publicUser };
}

export async function logout(db: Queryable, auth: Auth) {
  await endSession(db, auth);
}

export function permissionsOf(auth: Auth): Permission[] {
  return (Object.keys(permissionMatrix) as Permission[]).filter((permission) =>
    isAllowed(auth.role, permission),
  );
}
