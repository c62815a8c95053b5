/**
 * Half a year of logged contact with each demo key account, through the interactions service:
 * calls, e-mails, meetings and presentations at about the pace of the account's tier, with the
 * next steps agreed in them. On purpose, some accounts have gone cold (the last contact is older
 * than the cadence) and at others one influential person has been left out for too long, so
 * that "my day" and the overdue list have something to show. Next steps fall due this week,
 * some are overdue, some belong to the internal colleague or an account manager.
 */

import type { Auth } from '#contracts/identity.ts';
import type { Queryable } from '../db/client.ts';
import { createInteraction } from '../features/engage/interactions/interactions.service.ts';
import { updateNextStep } from '../features/engage/next-steps/next-steps.service.ts';
import type { Stakeholder } from './demo-buying-centre.ts';
import type { DemoAccountCreated, DemoClock, DemoKeyAccount, DemoTeam } from './demo-context.ts';
import { type Random, random } from './demo-data.ts';
import { presentedProducts } from './demo-revenue.ts';

const HISTORY_DAYS = 180;

type ContactState = 'kept' | 'cold' | 'neglected';
const statesByStory: readonly ContactState[] = ['neglected', 'cold', 'kept', 'neglected', 'kept', 'cold'];

type StepOwner = 'kam' | 'internal' | 'am';
/** Next steps by story: `due` in days from today, negative when overdue. */
const stepsByStory: readonly { due: number; owner: StepOwner }[][] = [
  [
    { due: -4, owner: 'kam' },
    { due: 0, owner: 'kam' },
    { due: 2, owner: 'internal' },
  ],
  [
    { due: -9, owner: 'kam' },
    { due: 12, owner: 'kam' },
  ],
  [
    { due: 1, owner: 'kam' },
    { due: 3, owner: 'am' },
  ],
  [
    { due: -2, owner: 'internal' },
    { due: 0, owner: 'kam' },
  ],
  [{ due: 4, owner: 'kam' }],
  [{ due: -15, owner: 'kam' }],
];

const stepTitles: Record<StepOwner, readonly string[]> = {
  kam: [
    'Angebot für die Steuerung KX-500 nachfassen',
    'Entwurf des Rahmenvertrags an den Einkauf senden',
    'Termin für das Jahresgespräch vereinbaren',
    'Preisanpassung zum 1. Januar ankündigen',
    'Bedarfsplanung für das zweite Halbjahr abstimmen',
  ],
  internal: [
    'Reklamation zur letzten Lieferung klären',
    'Muster Drehmomentsensor DS-200 versenden',
    'Schulung für das Bedienpanel HMI-10 planen',
  ],
  am: ['Ersatzteilliste mit der Instandhaltung abstimmen', 'Liefertermine für die Wartung bestätigen'],
};

type LoggedKind = 'meeting' | 'call' | 'email' | 'presentation';

const summaries: Record<Exclude<LoggedKind, 'presentation'>, readonly string[]> = {
  meeting: [
    'Quartalsgespräch: Absatzplanung und Liefertermine',
    'Abstimmung zum Rahmenvertrag mit dem Einkauf',
    'Jahresgespräch: Rückblick, Ziele und Konditionen',
  ],
  call: [
    'Telefonat wegen Lieferverzug beim Getriebemotor GM-40',
    'Rückruf zum Ersatzteilbedarf der Instandhaltung',
    'Telefonat: Bedarf für das nächste Quartal',
  ],
  email: ['Angebot per E-Mail geschickt', 'Preisliste für das kommende Jahr versandt'],
};

const outcomes = [
  'Bedarf bestätigt, Angebot folgt.',
  'Kunde prüft intern, Rückmeldung in zwei Wochen.',
  'Liefertermin zugesagt.',
  null,
];
const feedback = [
  'Großes Interesse, Testgerät gewünscht.',
  'Preis zu hoch im Vergleich zum Wettbewerb.',
  'Technisch überzeugend, Budget erst im nächsten Jahr.',
];

interface Step {
  due: number;
  owner: StepOwner;
}

function ownerOf(owner: StepOwner, keyAccount: DemoKeyAccount, team: DemoTeam): Auth {
  if (owner === 'internal') return team.internal;
  if (owner === 'am') return team.ams[0] ?? keyAccount.kam;
  return keyAccount.kam;
}

/** The days (ago) of the contacts, newest first, at about the pace of the cadence. */
function contactDays(state: ContactState, cadence: number, rnd: Random): number[] {
  const last =
    state === 'cold' ? cadence + rnd.between(4, 25) : rnd.between(1, Math.max(2, Math.floor(cadence / 2)));
  const days: number[] = [];
  for (let day = last; day <= HISTORY_DAYS; ) {
    days.push(day);
    day += rnd.between(Math.ceil(cadence * 0.4), Math.ceil(cadence * 0.9));
  }
  return days;
}

/**
 * Who took part in each contact: the newest meeting gathered everyone still there (but the
 * neglected person), older ones one or two people; the neglected person was last met well over
 * their cadence ago.
 */
function attendees(
  days: readonly number[],
  stakeholders: readonly Stakeholder[],
  neglected: Stakeholder | undefined,
  cadence: number,
  clock: DemoClock,
  rnd: Random,
): string[][] {
  const stillThere = (s: Stakeholder, day: number) => !s.leftCompanyOn || s.leftCompanyOn > clock.day(-day);
  const neglectedSince = neglected ? (neglected.cadenceDays ?? cadence) + 8 : 0;
  const lastSeen = days.findIndex((day) => day >= neglectedSince);
  return days.map((day, index) => {
    const pool = stakeholders.filter((s) => stillThere(s, day) && s !== neglected);
    const met = index === 0 ? pool : [rnd.pick(pool), rnd.pick(pool)];
    if (neglected && index === (lastSeen < 0 ? days.length - 1 : lastSeen)) met.push(neglected);
    return [...new Set(met.map((s) => s.person.id))];
  });
}

/** The contact history of one key account; returns how many interactions it logged. */
export async function recordContactHistory(
  db: Queryable,
  team: DemoTeam,
  keyAccount: DemoKeyAccount,
  stakeholders: readonly Stakeholder[],
  cadence: number,
  clock: DemoClock,
  seed: number,
): Promise<number> {
  const rnd = random(seed);
  const { story, kam } = keyAccount;
  const state = statesByStory[story % statesByStory.length] as ContactState;
  // Neither the top person nor the champion: a buyer or engineer whom the KAM lost sight of.
  const neglected = state === 'neglected' ? stakeholders.filter((s) => !s.leftCompanyOn)[2] : undefined;
  const days = contactDays(state, cadence, rnd);
  const met = attendees(days, stakeholders, neglected, cadence, clock, rnd);
  const steps = stepsByStory[story % stepsByStory.length] as readonly Step[];
  const stepsAt = (index: number) =>
    steps.filter((step) => {
      const agreedAt = days.findIndex((day) => day >= Math.max(1, 2 - step.due));
      return (agreedAt < 0 ? days.length - 1 : agreedAt) === index;
    });

  for (const [index, day] of days.entries()) {
    const kind: LoggedKind =
      index === 0 ? 'meeting' : rnd.pick(['call', 'call', 'email', 'meeting', 'presentation'] as const);
    const product = rnd.pick(presentedProducts);
    const oldest = index === days.length - 1;
    const interaction = await createInteraction(db, kam, clock, {
      accountId: keyAccount.account.id,
      kind,
      occurredAt: clock.at(clock.workday(-day), rnd.between(8, 16), rnd.pick([0, 15, 30, 45])),
      summary: kind === 'presentation' ? `Vorstellung ${product}` : rnd.pick(summaries[kind]),
      outcome: rnd.pick(outcomes),
      sentiment:
        state === 'cold' && index === 0 ? 'negative' : rnd.pick(['positive', 'positive', 'neutral'] as const),
      contactIds: met[index],
      participantIds: kind === 'presentation' ? [kam.userId, team.internal.userId] : [kam.userId],
      presentations: kind === 'presentation' ? [{ topic: product, feedback: rnd.pick(feedback) }] : [],
      nextSteps: [
        ...stepsAt(index).map((step) => ({
          title: rnd.pick(stepTitles[step.owner]),
          ownerId: ownerOf(step.owner, keyAccount, team).userId,
          dueOn: clock.workday(step.due),
        })),
        // The step agreed in the oldest contact was done long ago.
        ...(oldest
          ? [{ title: rnd.pick(stepTitles.kam), ownerId: kam.userId, dueOn: clock.workday(7 - day) }]
          : []),
      ],
    });
    if (oldest) {
      const done = interaction.nextSteps.at(-1);
      if (done) await updateNextStep(db, kam, clock, done.id, { version: done.version, status: 'done' });
    }
  }
  return days.length;
}

/** An account manager's recent call with each of their largest customers, with a step due soon. */
export async function recordAccountManagerCalls(
  db: Queryable,
  am: Auth,
  accounts: readonly DemoAccountCreated[],
  clock: DemoClock,
) {
  for (const [index, { account, people }] of accounts.entries()) {
    await createInteraction(db, am, clock, {
      accountId: account.id,
      kind: 'call',
      occurredAt: clock.at(clock.workday(-(12 + index * 5)), 11),
      summary: 'Telefonat: Ersatzteilbedarf und Wartungstermine',
      outcome: 'Kunde wünscht ein Angebot für einen Wartungsvertrag.',
      sentiment: 'positive',
      contactIds: people.slice(0, 1).map((person) => person.id),
      nextSteps: [
        { title: 'Angebot Wartungsvertrag schicken', ownerId: am.userId, dueOn: clock.workday(index) },
      ],
    });
  }
}
