import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../../../core/app-error.ts';
import { attemptVerdict, passwordAttemptLimits } from '../../../core/password-attempts.ts';
import type { Queryable } from '../../../db/client.ts';
import * as store from './password-attempts.store.ts';

export interface Attempt {
  /** The account guessed at, lower case. */
  email: string;
  ip: string;
}

function refused(seconds: number): AppError {
  return new AppError('too_many_requests', 'Too many failed attempts; wait a few minutes', [], seconds);
}

/**
 * Runs a password check under the limits of core/password-attempts.ts: refuses (429) an address
 * that must wait, slows an account under attack down, and records a failed check. `check`
 * answers what the caller needs on success and null on a wrong password; its failure is
 * committed even though the caller then refuses the request.
 */
export async function attemptWithPassword<T>(
  db: Queryable,
  attempt: Attempt,
  check: (tx: Queryable) => Promise<T | null>,
): Promise<T | null> {
  const { windowMinutes } = passwordAttemptLimits;
  // The slow-down waits before the lock, so that a queue of guesses does not hold up the owner.
  const early = attemptVerdict(await store.recentFailures(db, attempt.email, attempt.ip, windowMinutes));
  if ('refuseForSeconds' in early) throw refused(early.refuseForSeconds);
  if (early.delayMs > 0) await sleep(early.delayMs);
  const outcome = await db.transaction(async (tx) => {
    await store.lockAttempts(tx, attempt.email);
    const verdict = attemptVerdict(await store.recentFailures(tx, attempt.email, attempt.ip, windowMinutes));
    if ('refuseForSeconds' in verdict) return { refused: true, seconds: verdict.refuseForSeconds } as const;
    const result = await check(tx);
    if (result === null) await store.recordFailure(tx, attempt.email, attempt.ip);
    else await store.clearFailures(tx, attempt.email, attempt.ip);
    return { refused: false, result } as const;
  });
  if (outcome.refused) throw refused(outcome.seconds);
  return outcome.result;
}
