import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../api/relationship-types.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { PlainList, PlainListItem } from '../../../components/plain-list.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { VisitStatusBadge } from './visit-status-badge.tsx';

/** Visits with day and time, where, and with whom; each opens its page. */
export function VisitList({
  label,
  visits,
  showAccount,
}: {
  label: string;
  visits: Visit[];
  showAccount: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <PlainList label={label}>
      {visits.map((visit) => (
        <PlainListItem key={visit.id} testId="visit">
          <Stack gap={0} style={{ minWidth: 0, flex: '1 1 240px' }}>
            <AnchorLink to="/visits/$visitId" params={{ visitId: visit.id }} fw={600} size="sm">
              {visit.title}
            </AnchorLink>
            <Text size="xs" c="dimmed">
              {[
                showAccount ? visit.account.name : null,
                visit.place,
                visit.contacts.length > 0
                  ? t('visits.meeting', { names: visit.contacts.map((c) => c.name).join(', ') })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            {visit.status === 'planned' ? null : <VisitStatusBadge status={visit.status} />}
            <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('visits.when', {
                day: format.shortDay(visit.startsAt),
                from: format.time(visit.startsAt),
                to: format.time(visit.endsAt),
              })}
            </Text>
          </Group>
        </PlainListItem>
      ))}
    </PlainList>
  );
}
