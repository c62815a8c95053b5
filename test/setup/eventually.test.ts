import { describe, expect, it } from 'vitest';
import { eventually } from './eventually.ts';

describe('eventually', () => {
  it('asks again until the answer comes, and returns it', async () => {
    let asked = 0;
    const answer = await eventually(() => (++asked === 3 ? { status: 'validated' } : undefined), {
      timeoutMs: 10_000,
      intervalMs: 1,
      message: 'the third answer',
    });
    expect(answer).toEqual({ status: 'validated' });
    expect(asked).toBe(3);
  });

  it('fails at its deadline saying what it waited for, as it stands then', async () => {
    let state = 'validating';
    const waiting = eventually(
      () => {
        state = 'still validating';
        return false;
      },
      { timeoutMs: 0, message: () => `the import to settle; it is ${state}` },
    );
    await expect(waiting).rejects.toThrow(
      'Waited 0 ms in vain: the import to settle; it is still validating',
    );
  });

  // A deadline beyond the test's own timeout: waiting it out would fail the test.
  it('fails at once when the probe throws, without waiting out the deadline', async () => {
    const waiting = eventually(
      () => {
        throw new Error('import failed');
      },
      { timeoutMs: 600_000, message: 'never' },
    );
    await expect(waiting).rejects.toThrow('import failed');
  });
});
