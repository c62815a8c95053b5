import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AttemptFailures,
  attemptVerdict,
  passwordAttemptLimits,
} from '../../src/core/password-attempts.ts';

const tally = (n: number, expiresIn = 600) => ({ n, expiresIn });
const quiet: AttemptFailures = { byAccountAndAddress: tally(0), byAccount: tally(0), byAddress: tally(0) };
const delayOf = (failures: AttemptFailures) => {
  const verdict = attemptVerdict(failures);
  return 'delayMs' in verdict ? verdict.delayMs : Number.NaN;
};

describe('password attempts', () => {
  it('never refuse an account for failures from other addresses: they only slow it down, boundedly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (a, b) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        const slower = delayOf({ ...quiet, byAccount: tally(more) });
        expect(slower).toBeGreaterThanOrEqual(delayOf({ ...quiet, byAccount: tally(fewer) }));
        expect(slower).toBeLessThanOrEqual(passwordAttemptLimits.maxDelayMs);
      }),
    );
  });

  it('make an address wait after five failures of one account, or a hundred of any', () => {
    expect(attemptVerdict({ ...quiet, byAccountAndAddress: tally(4) })).toEqual({ delayMs: 0 });
    expect(attemptVerdict({ ...quiet, byAccountAndAddress: tally(5, 321) })).toEqual({
      refuseForSeconds: 321,
    });
    expect(attemptVerdict({ ...quiet, byAddress: tally(99) })).toEqual({ delayMs: 0 });
    expect(attemptVerdict({ ...quiet, byAddress: tally(100, 42) })).toEqual({ refuseForSeconds: 42 });
  });

  it('start slowing down at the fifth failure and double the wait with each one after', () => {
    expect(delayOf({ ...quiet, byAccount: tally(4) })).toBe(0);
    expect(delayOf({ ...quiet, byAccount: tally(5) })).toBe(250);
    expect(delayOf({ ...quiet, byAccount: tally(6) })).toBe(500);
    expect(delayOf({ ...quiet, byAccount: tally(50) })).toBe(4_000);
  });
});
