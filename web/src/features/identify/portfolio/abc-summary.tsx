import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AbcPage } from '../../../api/types.ts';
import { StatCard, StatGrid } from '../../../components/stat-card.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { AbcBadge, type AbcClass, hhiColors, hhiLevel } from './abc-class.tsx';

/** Revenue, classes, top shares and the HHI with a reading in plain words. */
export function AbcSummary({ analysis }: { analysis: AbcPage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { summary, thresholds, currency } = analysis;
  const { concentration } = summary;
  const level = hhiLevel(concentration.herfindahlIndex);
  return (
    <StatGrid cols={4}>
      <StatCard
        label={t('portfolio.summary.revenue')}
        value={format.moneyRounded(summary.positiveTotalCents, currency)}
        hint={
          summary.netTotalCents !== summary.positiveTotalCents
            ? t('portfolio.summary.net', { amount: format.moneyRounded(summary.netTotalCents, currency) })
            : t('portfolio.summary.accounts', {
                count: concentration.accountsWithRevenue,
                n: format.number(concentration.accountsWithRevenue),
              })
        }
        testId="summary-revenue"
      />
      <StatCard
        label={t('portfolio.summary.classes')}
        value={
          <Group gap="md" wrap="nowrap">
            {(['A', 'B', 'C'] as AbcClass[]).map((abcClass) => (
              <Group key={abcClass} gap={6} wrap="nowrap" data-testid={`class-count-${abcClass}`}>
                <AbcBadge abcClass={abcClass} />
                <span>{format.number(summary.classes[abcClass])}</span>
              </Group>
            ))}
          </Group>
        }
        hint={t('portfolio.summary.classesHint', {
          a: format.percentShort(thresholds.a),
          b: format.percentShort(thresholds.b),
        })}
      />
      <StatCard
        label={t('portfolio.summary.top')}
        value={
          <Stack gap={0}>
            {(
              [
                ['top1', concentration.top1Share],
                ['top5', concentration.top5Share],
                ['top10', concentration.top10Share],
              ] as const
            ).map(([key, share]) => (
              <Group key={key} justify="space-between" gap="xs" wrap="nowrap">
                <Text span size="sm" c="dimmed">
                  {t(`portfolio.summary.${key}`)}
                </Text>
                <Text span fw={650} size="md">
                  {format.percent(share)}
                </Text>
              </Group>
            ))}
          </Stack>
        }
      />
      <StatCard
        label={t('portfolio.summary.hhi')}
        value={format.number(concentration.herfindahlIndex, { maximumFractionDigits: 0 })}
        aside={
          <Badge color={hhiColors[level]} variant="light" radius="sm" data-testid="hhi-level">
            {t(`portfolio.summary.hhiLevel.${level}`)}
          </Badge>
        }
        hint={t(`portfolio.summary.hhiReading.${level}`)}
        testId="summary-hhi"
      />
    </StatGrid>
  );
}
