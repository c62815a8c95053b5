/**
 * What the parts of the demo hand each other: the team that works in the workspace, the accounts
 * it created, and a clock that turns "three days ago at 10:00" into a moment in the workspace's
 * time zone, so that the demo is as current on every day it is run.
 */

import type { Account } from '#contracts/accounts.ts';
import type { Auth } from '#contracts/identity.ts';
import { addDays, dayIn } from '../core/calendar-day.ts';
import type { Clock } from '../core/clock.ts';
import { instantAt } from '../core/zoned-time.ts';
import type { User } from '../features/platform/users/users.service.ts';

export interface DemoTeam {
  admin: Auth;
  headOfSales: Auth;
  kams: Auth[];
  ams: Auth[];
  internal: Auth;
}

export function authOf(workspaceId: string, user: Pick<User, 'id' | 'role' | 'name' | 'email'>): Auth {
  return {
    workspaceId,
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    locale: 'de',
    readOnly: false,
  };
}

/** A demo person at a customer, as created, with the job title the buying centre is drawn from. */
export interface DemoPerson {
  id: string;
  jobTitle: string;
}

export interface DemoAccountCreated {
  account: Account;
  people: DemoPerson[];
}

/** A key account as the relationship work sees it. */
export interface DemoKeyAccount {
  account: Account;
  people: DemoPerson[];
  kam: Auth;
  tier: number;
  /**
   * Which story it tells (well kept, gone cold, a gap in the buying centre): its rank among its
   * KAM's key accounts, shifted per KAM so that the KAMs' days differ. The first KAM's largest
   * account tells story 0.
   */
  story: number;
}

export const demoTimeZone = 'Europe/Berlin';

/** The demo's days around today; as a Clock it is what the services it calls take for now. */
export interface DemoClock extends Clock {
  today: string;
  /** The day `offset` days from today (negative: in the past). */
  day(offset: number): string;
  /**
   * The same, but a Saturday or Sunday moves away from today, to the Monday after or the Friday
   * before: customers are met and steps fall due on working days. Today stays today.
   */
  workday(offset: number): string;
  /** The moment at that wall-clock time on that day, as an ISO string. */
  at(day: string, hour: number, minute?: number): string;
}

export function demoClock(clock: Clock): DemoClock {
  const today = dayIn(clock.now(), demoTimeZone);
  const day = (offset: number) => addDays(today, offset);
  return {
    now: () => clock.now(),
    today,
    day,
    workday(offset) {
      const weekday = new Date(`${day(offset)}T12:00:00Z`).getUTCDay();
      if (offset === 0 || (weekday !== 0 && weekday !== 6)) return day(offset);
      if (offset > 0) return day(offset + (weekday === 6 ? 2 : 1));
      return day(offset - (weekday === 6 ? 1 : 2));
    },
    at(on, hour, minute = 0) {
      const [year = 1970, month = 1, date = 1] = on.split('-').map(Number);
      return instantAt({ year, month, day: date, hour, minute, second: 0 }, demoTimeZone).toISOString();
    },
  };
}
