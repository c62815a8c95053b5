/**
 * Where "now" comes from. Services take a clock instead of reading the system time, so that a
 * test can stand at 23:30 in Berlin or on the night the clocks change; core functions take the
 * moment itself.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
