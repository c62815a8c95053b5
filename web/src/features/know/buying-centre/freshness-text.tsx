import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Freshness } from '../../../api/relationship-types.ts';
import { useFormat } from '../../../i18n/format.ts';
import { OverdueBadge } from '../../engage/relationships/overdue-badge.tsx';

/** When we last spoke to someone, when the next contact is due, and how late it is. */
export function FreshnessText({ freshness }: { freshness: Freshness }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap="xs" wrap="wrap" data-testid="freshness">
      <Text size="xs" c="dimmed">
        {freshness.lastContactAt
          ? t('buyingCentre.lastContact', { date: format.date(freshness.lastContactAt) })
          : t('buyingCentre.neverContacted')}
        {freshness.dueOn ? ` · ${t('buyingCentre.dueOn', { date: format.day(freshness.dueOn) })}` : ''}
        {freshness.cadenceDays ? ` · ${t('buyingCentre.every', { count: freshness.cadenceDays })}` : ''}
      </Text>
      <OverdueBadge days={freshness.overdueDays} />
    </Group>
  );
}
