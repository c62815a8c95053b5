import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Auth } from '#contracts/identity.ts';
import type { NextStep } from '#contracts/next-steps.ts';
import { AppError } from '../../../core/app-error.ts';
import { addDays } from '../../../core/calendar-day.ts';
import type { Clock } from '../../../core/clock.ts';
import { writeCalendar } from '../../../core/icalendar.ts';
import type { Queryable } from '../../../db/client.ts';
import { recordChange } from '../../platform/audit/audit.service.ts';
import { findMember } from '../../platform/users/users.service.ts';
import { workspaceToday } from '../contact-cadence/relationship-settings.service.ts';
import { listNextSteps } from '../next-steps/next-steps.service.ts';
import { visitEvent, visitsOfAttendee } from '../visits/visits.service.ts';
import * as store from './calendar.store.ts';
import { nextStepEvent } from './next-step-event.ts';

/** 32 random bytes, base64url: 43 characters nobody guesses. */
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const DAY_MS = 86_400_000;
/** What a subscribed calendar shows: recent and coming visits, and open steps of about two years. */
const VISITS_FROM_DAYS = 90;
const VISITS_TO_DAYS = 400;
const MAX_VISITS = 500;
const MAX_STEPS = 1000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const feedUrl = (origin: string, token: string) => ({ url: `${origin}/api/calendar/${token}` });

function newFeed(auth: Auth) {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { workspaceId: auth.workspaceId, userId: auth.userId, token, tokenHash: hashOf(token) };
}

/** The signed-in user's feed address, issued on first use. `origin`: how this server is reached. */
export async function calendarFeed(db: Queryable, auth: Auth, origin: string) {
  const existing = await store.findFeedOf(db, auth.workspaceId, auth.userId);
  if (existing) return feedUrl(origin, existing.token);
  // Two first calls at once: one token wins, both answer it.
  await store.saveFeed(db, newFeed(auth), false);
  const saved = await store.findFeedOf(db, auth.workspaceId, auth.userId);
  return feedUrl(origin, saved?.token ?? '');
}

/** A new address for the feed; the old one answers 404 from now on. */
export async function renewCalendarFeed(db: Queryable, auth: Auth, origin: string) {
  return db.transaction(async (tx) => {
    const feed = newFeed(auth);
    await store.saveFeed(tx, feed, true);
    // The token is a secret and stays out of the audit trail; that it changed does not.
    await recordChange(tx, auth, {
      action: 'update',
      entityType: 'calendar_feed',
      entityId: auth.userId,
      before: null,
      after: { renewed: true },
    });
    return feedUrl(origin, feed.token);
  });
}

function noFeed(): AppError {
  return new AppError('not_found', 'No such calendar');
}

/** Whose feed this token opens, as that user; a wrong, revoked or malformed token opens none. */
async function ownerOf(db: Queryable, token: string): Promise<Auth> {
  if (!TOKEN_SHAPE.test(token)) throw noFeed();
  const feed = await store.findFeedByHash(db, hashOf(token));
  if (!feed || !timingSafeEqual(Buffer.from(feed.token), Buffer.from(token))) throw noFeed();
  const user = await findMember(db, feed.workspaceId, feed.userId);
  if (!user?.active) throw noFeed();
  return {
    workspaceId: feed.workspaceId,
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    locale: user.locale,
    readOnly: true,
  };
}

async function openStepsOf(db: Queryable, owner: Auth, clock: Clock): Promise<NextStep[]> {
  const result = await listNextSteps(db, owner, clock, {
    ownerId: owner.userId,
    status: 'open',
    limit: MAX_STEPS,
  });
  return result.items;
}

/**
 * The feed a calendar application subscribes to: the user's visits (organised or attended, not
 * cancelled) and the open next steps they own, each step as an all-day event on its due day.
 */
export async function feedCalendar(db: Queryable, clock: Clock, token: string): Promise<string> {
  const owner = await ownerOf(db, token);
  const now = clock.now();
  const { today, timeZone } = await workspaceToday(db, owner, clock);
  const [visits, steps] = await Promise.all([
    visitsOfAttendee(db, owner, {
      userId: owner.userId,
      from: new Date(now.getTime() - VISITS_FROM_DAYS * DAY_MS),
      to: new Date(now.getTime() + VISITS_TO_DAYS * DAY_MS),
      limit: MAX_VISITS,
    }),
    openStepsOf(db, owner, clock),
  ]);
  // A step far off in either direction is a typo rather than a plan; the calendar stays lean.
  const earliest = addDays(today, -VISITS_TO_DAYS);
  const latest = addDays(today, 2 * VISITS_TO_DAYS);
  const events = [
    ...visits.map((visit) => visitEvent(visit, owner.locale)),
    ...steps.filter((step) => step.dueOn >= earliest && step.dueOn <= latest).map(nextStepEvent),
  ];
  return writeCalendar({ name: `Kontor – ${owner.name}`, timeZone, stamp: now, events });
}
