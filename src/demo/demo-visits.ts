/**
 * Customer visits of the demo, through the visits service: each KAM has one today and more this
 * and next week (the first KAM a full week, one visit with the head of sales and one with a
 * product data sheet attached), and the first KAM reported last week's visit: the presentation
 * feedback went into the presentation log, the agreed next steps to their owners.
 */

import type { Auth } from '#contracts/identity.ts';
import type { Queryable } from '../db/client.ts';
import { addLink } from '../features/engage/visits/visit-materials.service.ts';
import { reportVisit } from '../features/engage/visits/visit-report.service.ts';
import { createVisit } from '../features/engage/visits/visits.service.ts';
import type { Stakeholder } from './demo-buying-centre.ts';
import type { DemoAccountCreated, DemoClock, DemoKeyAccount, DemoTeam } from './demo-context.ts';
import { presentedProducts } from './demo-revenue.ts';

interface Slot {
  /** Which of the KAM's key accounts, by position. */
  account: number;
  day: number;
  start: [hour: number, minute: number];
  minutes: number;
  title: string;
  topics?: string[];
  withHeadOfSales?: boolean;
  dataSheet?: boolean;
}

const agenda =
  '1. Rückblick: Liefertreue und Reklamationen\n2. Bedarf im nächsten Quartal\n3. Neuheiten aus dem Sortiment';

const firstKamWeek: readonly Slot[] = [
  {
    account: 0,
    day: 0,
    start: [10, 0],
    minutes: 90,
    title: 'Vorstellung Steuerung KX-500',
    topics: ['Steuerung KX-500'],
    dataSheet: true,
  },
  { account: 1, day: 0, start: [14, 30], minutes: 90, title: 'Abstimmung Rahmenvertrag' },
  {
    account: 2,
    day: 1,
    start: [9, 0],
    minutes: 180,
    title: 'Jahresgespräch mit der Geschäftsführung',
    withHeadOfSales: true,
  },
  { account: 3, day: 3, start: [13, 0], minutes: 120, title: 'Quartalsgespräch' },
  { account: 4, day: 8, start: [10, 0], minutes: 120, title: 'Werksbesichtigung und Bedarfsaufnahme' },
];

const otherKamWeek: readonly Slot[] = [
  { account: 0, day: 0, start: [9, 0], minutes: 90, title: 'Quartalsgespräch' },
  {
    account: 1,
    day: 2,
    start: [10, 0],
    minutes: 120,
    title: 'Vorstellung Servoantrieb SA-7',
    topics: ['Servoantrieb SA-7'],
  },
  { account: 2, day: 6, start: [14, 0], minutes: 120, title: 'Abstimmung Rahmenvertrag' },
];

function minutesLater(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

/** The people of the account we meet: the two most senior who are still there. */
function hosts(stakeholders: readonly Stakeholder[]): string[] {
  return stakeholders
    .filter((s) => !s.leftCompanyOn)
    .slice(0, 2)
    .map((s) => s.person.id);
}

/** Visits of each KAM's week (`accountsOf`: each KAM's key accounts by position); returns how many. */
export async function planVisits(
  db: Queryable,
  team: DemoTeam,
  accountsOf: ReadonlyMap<string, DemoKeyAccount[]>,
  stakeholdersOf: ReadonlyMap<string, Stakeholder[]>,
  clock: DemoClock,
): Promise<number> {
  let planned = 0;
  for (const [index, kam] of team.kams.entries()) {
    const accounts = accountsOf.get(kam.userId) ?? [];
    if (accounts.length === 0) continue;
    for (const slot of index === 0 ? firstKamWeek : otherKamWeek) {
      const { account } = accounts[slot.account % accounts.length] as DemoKeyAccount;
      const startsAt = clock.at(clock.workday(slot.day), ...slot.start);
      const visit = await createVisit(db, kam, {
        accountId: account.id,
        title: slot.title,
        startsAt,
        endsAt: minutesLater(startsAt, slot.minutes),
        agenda,
        topics: slot.topics ?? [],
        participantIds: slot.withHeadOfSales ? [kam.userId, team.headOfSales.userId] : [kam.userId],
        contactIds: hosts(stakeholdersOf.get(account.id) ?? []),
      });
      if (slot.dataSheet) {
        await addLink(db, kam, visit.id, {
          title: 'Datenblatt Steuerung KX-500',
          url: 'https://www.kontor-demo.example/datenblaetter/kx-500.pdf',
        });
      }
      planned++;
    }
  }
  return planned;
}

/** Last week's visit of the first KAM, reported with feedback; returns the visits it planned. */
export async function reportLastWeeksVisit(
  db: Queryable,
  team: DemoTeam,
  accountsOf: ReadonlyMap<string, DemoKeyAccount[]>,
  stakeholdersOf: ReadonlyMap<string, Stakeholder[]>,
  clock: DemoClock,
): Promise<number> {
  const kam = team.kams[0] as Auth;
  const keyAccount = accountsOf.get(kam.userId)?.[0];
  if (!keyAccount) return 0;
  const startsAt = clock.at(clock.workday(-5), 9, 30);
  const [servo = '', monitoring = ''] = presentedProducts.slice(1);
  const visit = await createVisit(db, kam, {
    accountId: keyAccount.account.id,
    title: 'Produktvorstellung Antriebe und Condition Monitoring',
    startsAt,
    endsAt: minutesLater(startsAt, 90),
    agenda,
    topics: [servo, monitoring],
    participantIds: [kam.userId, team.internal.userId],
    contactIds: hosts(stakeholdersOf.get(keyAccount.account.id) ?? []),
  });
  await reportVisit(db, kam, clock, visit.id, {
    version: visit.version,
    summary: 'Neue Antriebe und Condition Monitoring vor Einkauf und Produktion vorgestellt.',
    outcome: 'Interesse an einem Pilotprojekt auf Linie 3.',
    sentiment: 'positive',
    rating: 4,
    feedback: [
      { topic: servo, feedback: 'Überzeugt technisch; Lieferzeit ist entscheidend.' },
      { topic: monitoring, feedback: 'Großes Interesse, Datenschutzfragen klären.' },
    ],
    nextSteps: [
      {
        title: 'Angebot Servoantrieb SA-7 für Linie 3 erstellen',
        ownerId: kam.userId,
        dueOn: clock.workday(2),
      },
      {
        title: 'Datenschutzkonzept Condition Monitoring schicken',
        ownerId: team.internal.userId,
        dueOn: clock.workday(-1),
      },
    ],
  });
  return 1;
}

/** Each account manager visits their largest customer the day after tomorrow. */
export async function planAccountManagerVisits(
  db: Queryable,
  am: Auth,
  accounts: readonly DemoAccountCreated[],
  clock: DemoClock,
) {
  const [first] = accounts;
  if (!first) return 0;
  const startsAt = clock.at(clock.workday(2), 10);
  await createVisit(db, am, {
    accountId: first.account.id,
    title: 'Wartungstermin und Ersatzteilbedarf',
    startsAt,
    endsAt: minutesLater(startsAt, 60),
    contactIds: first.people.slice(0, 1).map((person) => person.id),
  });
  return 1;
}
