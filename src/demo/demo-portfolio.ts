/**
 * The head of sales' decisions in the demo: the largest customers become key accounts with a
 * tier, a KAM and a reason, through the key-accounts service (so each is in the account's
 * history); one was promoted later, one handed back to an account manager. Two portfolio reviews
 * of the selection matrix, a year apart, with the manual criteria scored, so that the matrix
 * shows where each account stands and how it moved.
 */

import type { Account } from '#contracts/accounts.ts';
import type { Auth } from '#contracts/identity.ts';
import type { Queryable } from '../db/client.ts';
import { decide } from '../features/identify/key-accounts/key-accounts.service.ts';
import {
  createReview,
  getCriteria,
  scoreAccount,
} from '../features/identify/selection-matrix/selection-matrix.service.ts';
import type { DemoAccountCreated, DemoClock, DemoKeyAccount, DemoTeam } from './demo-context.ts';
import { random } from './demo-data.ts';
import type { DemoCustomer } from './demo-revenue.ts';

/** With three KAMs one more than their default limit of eight each: the workload page warns once. */
const MOST_KEY_ACCOUNTS = 25;
/** Large customers not (yet) key accounts, scored as candidates in the latest review. */
const CANDIDATES = 8;

const reasons: Record<number, readonly string[]> = {
  1: [
    'Top-Kunde nach Umsatz; strategischer Partner mit mehrjährigem Rahmenvertrag.',
    'Konzernkunde mit mehreren Werken: einheitliche Konditionen und ein fester Ansprechpartner nötig.',
    'Größter Abnehmer der Antriebstechnik; gemeinsame Produktentwicklung geplant.',
  ],
  2: [
    'Hohes Einkaufsvolumen und Zugang zur Geschäftsführung; Potenzial im Service-Geschäft.',
    'Referenzkunde in seiner Branche; Ausbau auf weitere Produktlinien möglich.',
    'Wachstumskunde: Umsatz deutlich gestiegen, neue Fertigungslinie in Planung.',
  ],
  3: [
    'Solider A-Kunde; Betreuung durch KAM sichert den Lieferanteil gegen den Wettbewerb.',
    'Interessante Konzerntochter: Einstieg in die Gruppe über diesen Standort.',
    'Stabiler Umsatz, aber nur zwei Produktlinien: Cross-Selling-Potenzial.',
  ],
};

function ranked(customers: readonly DemoCustomer[], created: ReadonlyMap<string, DemoAccountCreated>) {
  return customers
    .filter(
      (customer) =>
        customer.currency === 'EUR' &&
        customer.lastDay === null &&
        created.get(customer.key)?.account.lifecycleStatus === 'customer',
    )
    .sort((a, b) => b.annualRevenue - a.annualRevenue)
    .map((customer) => ({ customer, ...(created.get(customer.key) as DemoAccountCreated) }));
}

/** Designates the largest customers, round-robin over the KAMs; tier 1 for the top quarter. */
export async function designateKeyAccounts(
  db: Queryable,
  team: DemoTeam,
  customers: readonly DemoCustomer[],
  created: ReadonlyMap<string, DemoAccountCreated>,
  clock: DemoClock,
): Promise<{ keyAccounts: DemoKeyAccount[]; candidates: Account[] }> {
  const rnd = random(31);
  const byRevenue = ranked(customers, created);
  const count = Math.min(MOST_KEY_ACCOUNTS, Math.max(3, Math.round(byRevenue.length * 0.055)));
  const keyAccounts: DemoKeyAccount[] = [];
  for (const [rank, { account, people }] of byRevenue.slice(0, count).entries()) {
    const kam = team.kams[rank % team.kams.length] as Auth;
    const tier = rank < count / 4 ? 1 : rank < (2 * count) / 3 ? 2 : 3;
    const designated = await decide(db, team.headOfSales, clock, account.id, {
      version: account.version,
      kind: 'designate',
      tier,
      ownerId: kam.userId,
      reason: rnd.pick(reasons[tier] as readonly string[]),
      effectiveOn: clock.day(-rnd.between(120, 700)),
    });
    const position = Math.floor(rank / team.kams.length);
    const story = position + 2 * (rank % team.kams.length);
    keyAccounts.push({ account: designated, people, kam, tier, story });
  }

  const promoted = keyAccounts.find((keyAccount) => keyAccount.tier === 2);
  if (promoted) {
    promoted.account = await decide(db, team.headOfSales, clock, promoted.account.id, {
      version: promoted.account.version,
      kind: 'change',
      tier: 1,
      reason: 'Rahmenvertrag über drei Jahre unterzeichnet; Betreuung wird intensiviert.',
      effectiveOn: clock.day(-45),
    });
    promoted.tier = 1;
  }

  const rest = byRevenue.slice(count);
  const declining = rest.slice(0, 10).sort((a, b) => a.customer.growth - b.customer.growth)[0];
  if (declining) await handBack(db, team, declining.account, clock);
  return { keyAccounts, candidates: rest.slice(0, CANDIDATES).map(({ account }) => account) };
}

/** A key account of earlier days whose revenue fell: back to the account manager who had it. */
async function handBack(db: Queryable, team: DemoTeam, account: Account, clock: DemoClock) {
  const kam = team.kams.at(-1) as Auth;
  const designated = await decide(db, team.headOfSales, clock, account.id, {
    version: account.version,
    kind: 'designate',
    tier: 3,
    ownerId: kam.userId,
    reason: 'Neuer Standort mit großem Ersatzteilbedarf; Potenzial für Wartungsverträge.',
    effectiveOn: clock.day(-700),
  });
  await decide(db, team.headOfSales, clock, account.id, {
    version: designated.version,
    kind: 'hand_to_account_manager',
    ownerId: account.owner?.id ?? (team.ams[0] as Auth).userId,
    reason: 'Umsatz seit einem Jahr rückläufig; die Betreuung im Standardprozess reicht aus.',
    effectiveOn: clock.day(-60),
  });
}

const scoreRanges: Record<string, { keyAccount: [number, number]; candidate: [number, number] }> = {
  strategic_fit: { keyAccount: [3, 5], candidate: [2, 4] },
  prestige: { keyAccount: [2, 5], candidate: [1, 4] },
  share_of_wallet: { keyAccount: [2, 4], candidate: [1, 3] },
  relationship: { keyAccount: [2, 5], candidate: [2, 3] },
  competitive_position: { keyAccount: [2, 5], candidate: [2, 4] },
};

function reviewName(to: string): string {
  const month = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `Portfolio-Review ${month.format(new Date(`${to}T12:00:00Z`))}`;
}

/**
 * Last year's review and this year's, each over its twelve months: the KAMs scored their key
 * accounts in both (a little differently, so they moved), the head of sales the candidates now.
 */
export async function reviewPortfolio(
  db: Queryable,
  team: DemoTeam,
  keyAccounts: readonly DemoKeyAccount[],
  candidates: readonly Account[],
  clock: DemoClock,
) {
  const rnd = random(53);
  const manual = (await getCriteria(db, team.headOfSales))
    .filter((criterion) => criterion.source === 'manual')
    .map((criterion) => criterion.key);
  const scores = (kind: 'keyAccount' | 'candidate') =>
    Object.fromEntries(manual.map((key) => [key, rnd.between(...(scoreRanges[key]?.[kind] ?? [2, 4]))]));
  const review = (from: number, to: number) =>
    createReview(db, team.headOfSales, {
      name: reviewName(clock.day(to)),
      from: clock.day(from),
      to: clock.day(to),
    });

  const lastYear = await review(-730, -366);
  const thisYear = await review(-365, 0);
  for (const { account, kam } of keyAccounts) {
    const now = scores('keyAccount');
    const before = Object.fromEntries(
      Object.entries(now).map(([key, score]) => [key, Math.min(5, Math.max(1, score + rnd.between(-1, 1)))]),
    );
    await scoreAccount(db, kam, lastYear.id, account.id, { scores: before });
    await scoreAccount(db, kam, thisYear.id, account.id, {
      scores: now,
      comment: 'Einschätzung nach dem Jahresgespräch.',
    });
  }
  for (const account of candidates) {
    await scoreAccount(db, team.headOfSales, thisYear.id, account.id, { scores: scores('candidate') });
  }
}
