/**
 * The buying centre of each demo key account, through the buying-centre service: roles and
 * influence from each person's job, attitudes, an org chart (everyone reports to the most senior
 * person of their department, or to the top), and who on our side holds each relationship.
 * Some accounts carry a coverage gap on purpose, so that the warnings have something to show.
 */

import type { Auth } from '#contracts/identity.ts';
import type { BuyingCentreRole, StakeholderAttitude } from '../core/buying-centre.ts';
import type { Queryable } from '../db/client.ts';
import { putMember } from '../features/know/buying-centre/buying-centre.service.ts';
import type { DemoClock, DemoKeyAccount, DemoPerson, DemoTeam } from './demo-context.ts';
import { jobOfTitle, random } from './demo-data.ts';

/** What a job says about a person's part in a buying decision; level 0 is the top. */
const jobs: Record<string, { roles: BuyingCentreRole[]; influence: number; level: number }> = {
  Geschäftsführer: { roles: ['decision_maker'], influence: 5, level: 0 },
  CFO: { roles: ['economic_buyer'], influence: 5, level: 0 },
  'Leiter Einkauf': { roles: ['economic_buyer'], influence: 4, level: 1 },
  'Head of Procurement': { roles: ['economic_buyer'], influence: 4, level: 1 },
  'Leiter IT': { roles: ['technical_buyer'], influence: 3, level: 1 },
  'Leiter Logistik': { roles: ['user'], influence: 3, level: 1 },
  Produktionsleiter: { roles: ['user', 'influencer'], influence: 4, level: 1 },
  'Strategischer Einkäufer': { roles: ['influencer'], influence: 3, level: 2 },
  'Technischer Einkäufer': { roles: ['technical_buyer'], influence: 2, level: 2 },
  Qualitätsmanager: { roles: ['influencer'], influence: 2, level: 2 },
  'Assistenz der Geschäftsführung': { roles: ['gatekeeper'], influence: 2, level: 2 },
};
const unknownJob = { roles: ['influencer'] as BuyingCentreRole[], influence: 2, level: 2 };

export type CoverageGap = 'none' | 'no_champion' | 'single_threaded' | 'champion_left' | 'no_decision_maker';

/** The gap of each story: most accounts are well covered, some are not. */
const gapsByStory: readonly CoverageGap[] = [
  'none',
  'no_champion',
  'single_threaded',
  'none',
  'champion_left',
  'no_decision_maker',
];

function gapOf(story: number): CoverageGap {
  return gapsByStory[story % gapsByStory.length] as CoverageGap;
}

/** A person's place in the buying centre as the demo records it. */
export interface Stakeholder {
  person: DemoPerson;
  roles: BuyingCentreRole[];
  influence: number;
  attitude: StakeholderAttitude;
  reportsTo: string | null;
  owner: Auth;
  /** Less influential people need a call a quarter, not at the account's pace. */
  cadenceDays: number | null;
  leftCompanyOn: string | null;
}

/** The people of the account, most senior first; the champion is the first senior supporter. */
export function planBuyingCentre(
  keyAccount: DemoKeyAccount,
  team: DemoTeam,
  clock: DemoClock,
  seed: number,
): Stakeholder[] {
  const rnd = random(seed);
  const gap = gapOf(keyAccount.story);
  const jobOf = (person: DemoPerson) => jobs[jobOfTitle(person.jobTitle)] ?? unknownJob;
  const people = [...keyAccount.people].sort((a, b) => jobOf(a).level - jobOf(b).level);
  const top = people[0] as DemoPerson;
  const champion = people[1];
  const blocker = people.length > 3 && rnd.next() < 0.4 ? people.at(-1) : undefined;
  return people.map((person, index) => {
    const job = jobOf(person);
    const roles = new Set(job.roles);
    if (person === top) roles.add('decision_maker');
    if (gap === 'no_decision_maker') roles.delete('decision_maker');
    if (person === champion && gap !== 'no_champion') roles.add('champion');
    if (person === blocker) roles.add('blocker');
    const attitude: StakeholderAttitude = roles.has('champion')
      ? 'supporter'
      : person === blocker
        ? 'opponent'
        : rnd.pick(['supporter', 'neutral', 'neutral', 'sceptic'] as const);
    // The nearest more senior person: a buyer reports to the head of purchasing, not the CEO.
    const manager = people
      .slice(0, index)
      .filter((other) => jobOf(other).level < job.level)
      .at(-1);
    let owner = keyAccount.kam;
    if (gap !== 'single_threaded') {
      if (person === top) owner = team.headOfSales;
      else if (roles.has('technical_buyer')) owner = team.internal;
      else if (roles.has('gatekeeper') || roles.has('user')) owner = team.ams[0] ?? keyAccount.kam;
    }
    return {
      person,
      roles: [...roles],
      influence: person === top ? Math.max(job.influence, 4) : job.influence,
      attitude,
      reportsTo: person === top ? null : (manager ?? top).id,
      owner,
      cadenceDays: job.influence <= 2 && person !== top ? 90 : null,
      leftCompanyOn: person === champion && gap === 'champion_left' ? clock.day(-20) : null,
    };
  });
}

export async function recordBuyingCentre(
  db: Queryable,
  keyAccount: DemoKeyAccount,
  stakeholders: readonly Stakeholder[],
  clock: DemoClock,
) {
  for (const stakeholder of stakeholders) {
    await putMember(db, keyAccount.kam, clock, keyAccount.account.id, stakeholder.person.id, {
      version: 0,
      roles: stakeholder.roles,
      influence: stakeholder.influence,
      attitude: stakeholder.attitude,
      reportsToContactId: stakeholder.reportsTo,
      relationshipOwnerId: stakeholder.owner.userId,
      contactCadenceDays: stakeholder.cadenceDays,
      leftCompanyOn: stakeholder.leftCompanyOn,
    });
  }
}
