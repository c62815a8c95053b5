import type { Member } from '../../../api/relationship-types.ts';

export interface OrgNode {
  member: Member;
  reports: OrgNode[];
}

/**
 * The customer's org chart from the reports-to links. Someone whose manager is not (or no longer)
 * at the account stands at the top; a loop, which the server refuses, would be cut where found.
 */
export function orgTree(members: Member[]): OrgNode[] {
  const byId = new Map(members.map((member) => [member.contact.id, member]));
  const reportsOf = new Map<string, Member[]>();
  const roots: Member[] = [];
  for (const member of members) {
    const manager = member.reportsToContactId;
    if (manager && manager !== member.contact.id && byId.has(manager)) {
      reportsOf.set(manager, [...(reportsOf.get(manager) ?? []), member]);
    } else roots.push(member);
  }
  const placed = new Set<string>();
  const build = (member: Member): OrgNode => {
    placed.add(member.contact.id);
    return {
      member,
      reports: (reportsOf.get(member.contact.id) ?? [])
        .filter((report) => !placed.has(report.contact.id))
        .map(build),
    };
  };
  const tree = roots.map(build);
  // Members caught in a loop were reachable from no root: they go to the top.
  for (const member of members) if (!placed.has(member.contact.id)) tree.push(build(member));
  return tree;
}

/** Who reports to whom now: what the loop check of the server's core walks up. */
export function reportsToMap(members: Member[]): Map<string, string | null> {
  return new Map(members.map((member) => [member.contact.id, member.reportsToContactId]));
}
