import type { Clock } from '../../src/core/clock.ts';

/** A clock that stands still at `iso` until a test moves it. */
export interface TestClock extends Clock {
  set(iso: string): void;
}

export function testClock(iso: string): TestClock {
  let moment = new Date(iso);
  return {
    now: () => new Date(moment),
    set(next) {
      moment = new Date(next);
    },
  };
}
