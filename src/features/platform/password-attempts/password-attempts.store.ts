import { and, count, eq, gt, lt, type SQL, sql } from 'drizzle-orm';
import { newId } from '../../../core/ids.ts';
import type { AttemptFailures } from '../../../core/password-attempts.ts';
import type { Queryable } from '../../../db/client.ts';
import { loginFailures } from '../../../db/schema/index.ts';

/** Failures in the window per account and address, per account, per address. */
export async function recentFailures(
  db: Queryable,
  email: string,
  ip: string,
  windowMinutes: number,
): Promise<AttemptFailures> {
  const window = sql`make_interval(mins => ${windowMinutes})`;
  const tally = async (condition: SQL | undefined) => {
    const [row] = await db
      .select({
        n: count(),
        expiresIn: sql<number>`coalesce(ceil(extract(epoch FROM min(${loginFailures.at}) + ${window} - now())), 0)::int`,
      })
      .from(loginFailures)
      .where(and(condition, gt(loginFailures.at, sql`now() - ${window}`)));
    return { n: row?.n ?? 0, expiresIn: row?.expiresIn ?? 0 };
  };
  return {
    byAccountAndAddress: await tally(and(eq(loginFailures.email, email), eq(loginFailures.ip, ip))),
    byAccount: await tally(eq(loginFailures.email, email)),
    byAddress: await tally(eq(loginFailures.ip, ip)),
  };
}

/** Attempts for one account queue up here, so that parallel guesses each see the failures before them. */
export async function lockAttempts(db: Queryable, email: string) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`login:${email}`}, 0))`);
}

export async function recordFailure(db: Queryable, email: string, ip: string) {
  await db.insert(loginFailures).values({ id: newId(), email, ip });
  await db.delete(loginFailures).where(lt(loginFailures.at, sql`now() - interval '1 day'`));
}

/** A success forgives the address it came from; the account stays slowed down for the others. */
export async function clearFailures(db: Queryable, email: string, ip: string) {
  await db.delete(loginFailures).where(and(eq(loginFailures.email, email), eq(loginFailures.ip, ip)));
}
