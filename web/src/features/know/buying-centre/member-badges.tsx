import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Attitude, BuyingCentreRole, Member } from '../../../api/relationship-types.ts';
import { useFormat } from '../../../i18n/format.ts';

export const attitudeColors: Record<Attitude, string> = {
  supporter: 'teal',
  neutral: 'gray',
  sceptic: 'orange',
  opponent: 'red',
};

const roleColors: Record<BuyingCentreRole, string> = {
  decision_maker: 'indigo',
  economic_buyer: 'violet',
  champion: 'teal',
  influencer: 'blue',
  technical_buyer: 'cyan',
  user: 'gray',
  gatekeeper: 'yellow',
  blocker: 'red',
};

/** A member's roles, attitude and influence, and whether they left the company. */
export function MemberBadges({ member }: { member: Member }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap={4} wrap="wrap">
      {member.leftCompanyOn ? (
        <Badge color="dark" variant="filled" radius="sm" tt="none">
          {t('buyingCentre.leftOn', { date: format.day(member.leftCompanyOn) })}
        </Badge>
      ) : null}
      {member.roles.map((role) => (
        <Badge key={role} color={roleColors[role]} variant="light" radius="sm" tt="none">
          {t(`buyingCentre.roles.${role}`)}
        </Badge>
      ))}
      {member.attitude ? (
        <Badge color={attitudeColors[member.attitude]} variant="dot" radius="sm" tt="none">
          {t(`buyingCentre.attitudes.${member.attitude}`)}
        </Badge>
      ) : null}
      {member.influence ? (
        <Badge color="dark" variant="outline" radius="sm" tt="none">
          {t('buyingCentre.influenceShort', { value: member.influence })}
        </Badge>
      ) : null}
    </Group>
  );
}
