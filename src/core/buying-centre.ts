/** The parts a person plays in a customer's buying decision (the practitioners' buying-centre roles). */
export const buyingCentreRoles = [
  'decision_maker',
  'economic_buyer',
  'champion',
  'influencer',
  'technical_buyer',
  'user',
  'gatekeeper',
  'blocker',
] as const;
export type BuyingCentreRole = (typeof buyingCentreRoles)[number];

/** How a person stands towards us, from friend to foe. */
export const stakeholderAttitudes = ['supporter', 'neutral', 'sceptic', 'opponent'] as const;
export type StakeholderAttitude = (typeof stakeholderAttitudes)[number];

/**
 * Whether letting `contactId` report to `managerId` would close a loop in the customer's org
 * chart: walking up from the manager reaches the contact (or the manager is the contact).
 * `reportsTo` maps each person to whom they report now.
 */
export function closesReportingLoop(
  reportsTo: ReadonlyMap<string, string | null>,
  contactId: string,
  managerId: string,
): boolean {
  const seen = new Set<string>();
  for (let current: string | null | undefined = managerId; current; current = reportsTo.get(current)) {
    if (current === contactId) return true;
    // A loop above the manager that does not pass the contact is not this change's doing; stop there.
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}
