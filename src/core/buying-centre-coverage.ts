import type { BuyingCentreRole } from './buying-centre.ts';

export const coverageWarningCodes = [
  'no_decision_maker',
  'single_threaded',
  'no_champion',
  'champion_left',
] as const;
export type CoverageWarningCode = (typeof coverageWarningCodes)[number];

export interface CoverageWarning {
  code: CoverageWarningCode;
  /** The people the warning is about; empty when it is about someone missing. */
  contactIds: string[];
}

export interface CoverageMember {
  contactId: string;
  roles: readonly BuyingCentreRole[];
  relationshipOwnerId: string | null;
  /** Set once they left the customer's company: they no longer count as coverage. */
  leftCompanyOn: string | null;
}

/**
 * The gaps in our coverage of an account's buying centre, in a fixed order. An account without
 * members has nothing to judge yet and gets no warnings.
 */
export function coverageWarnings(members: readonly CoverageMember[]): CoverageWarning[] {
  if (members.length === 0) return [];
  const current = members.filter((member) => member.leftCompanyOn === null);
  const plays = (role: BuyingCentreRole) => current.some((member) => member.roles.includes(role));
  const warnings: CoverageWarning[] = [];
  if (!plays('decision_maker')) warnings.push({ code: 'no_decision_maker', contactIds: [] });
  const thread = singleThread(current);
  if (thread) warnings.push({ code: 'single_threaded', contactIds: thread });
  if (!plays('champion')) warnings.push({ code: 'no_champion', contactIds: [] });
  const championsLeft = members.filter(
    (member) => member.leftCompanyOn !== null && member.roles.includes('champion'),
  );
  if (championsLeft.length > 0) {
    warnings.push({ code: 'champion_left', contactIds: championsLeft.map((member) => member.contactId) });
  }
  return warnings;
}

/**
 * The people held by the one colleague who holds every relationship that has an owner, when
 * there are at least two people to hold: if that colleague leaves, the account goes with them.
 * Members without an owner do not make a second thread: nobody of ours holds them.
 */
function singleThread(current: readonly CoverageMember[]): string[] | undefined {
  if (current.length < 2) return undefined;
  const owned = current.filter((member) => member.relationshipOwnerId !== null);
  const owners = new Set(owned.map((member) => member.relationshipOwnerId));
  return owners.size === 1 ? owned.map((member) => member.contactId) : undefined;
}
