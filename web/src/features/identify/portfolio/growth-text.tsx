import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';

/** Year-over-year growth, signed and coloured; "neu" for an account without earlier revenue. */
export function GrowthText({ growth, revenueCents }: { growth: number | null; revenueCents: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (growth === null)
    return (
      <Text span size="sm" c="dimmed">
        {revenueCents > 0 ? t('portfolio.table.new') : '–'}
      </Text>
    );
  return (
    <Text span size="sm" c={growth > 0.005 ? 'teal' : growth < -0.005 ? 'red' : undefined}>
      {format.number(growth, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
        signDisplay: 'exceptZero',
      })}
    </Text>
  );
}
