import type { Member, MemberUpdate } from '../../../api/relationship-types.ts';

/** The PUT body for a member as they stand, with some fields changed (e.g. reports-to by drag). */
export function memberUpdate(member: Member, patch: Partial<MemberUpdate> = {}): MemberUpdate {
  return {
    roles: member.roles,
    influence: member.influence,
    attitude: member.attitude,
    reportsToContactId: member.reportsToContactId,
    relationshipOwnerId: member.relationshipOwner?.id ?? null,
    contactCadenceDays: member.contactCadenceDays,
    leftCompanyOn: member.leftCompanyOn,
    version: member.version,
    ...patch,
  };
}
