/**
 * How hard Kontor makes guessing a password (sign-in, and the current password when changing
 * it). Failed attempts are counted in a window per account and address together, per account
 * from anywhere, and per address: an address that failed an account five times must wait, an
 * address that failed a hundred times must wait, but an account under attack from elsewhere is
 * only slowed down, never locked, so a stranger cannot lock its owner out.
 */
export const passwordAttemptLimits = {
  windowMinutes: 15,
  /** Failures of one account from one address before that address must wait. */
  perAccountAndAddress: 5,
  /** Failures from one address, whatever the accounts, before it must wait. */
  perAddress: 100,
  /** Failures of one account from anywhere after which each attempt is slowed down. */
  slowDownAfter: 5,
  firstDelayMs: 250,
  maxDelayMs: 4_000,
};

export interface FailureTally {
  n: number;
  /** Seconds until the oldest failure in the window expires. */
  expiresIn: number;
}

export interface AttemptFailures {
  byAccountAndAddress: FailureTally;
  byAccount: FailureTally;
  byAddress: FailureTally;
}

export type AttemptVerdict = { refuseForSeconds: number } | { delayMs: number };

export function attemptVerdict(
  failures: AttemptFailures,
  limits: typeof passwordAttemptLimits = passwordAttemptLimits,
): AttemptVerdict {
  const waits = [
    failures.byAccountAndAddress.n >= limits.perAccountAndAddress
      ? failures.byAccountAndAddress.expiresIn
      : 0,
    failures.byAddress.n >= limits.perAddress ? failures.byAddress.expiresIn : 0,
  ];
  const wait = Math.max(...waits);
  if (wait > 0) return { refuseForSeconds: wait };
  const over = failures.byAccount.n - limits.slowDownAfter;
  if (over < 0) return { delayMs: 0 };
  return { delayMs: Math.min(limits.firstDelayMs * 2 ** over, limits.maxDelayMs) };
}
