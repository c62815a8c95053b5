import '@mantine/charts/styles.css';
import { AreaChart } from '@mantine/charts';
import { Box, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AbcPage } from '../../../api/types.ts';
import { SectionCard } from '../../../components/section-card.tsx';
import { useFormat } from '../../../i18n/format.ts';

/** The revenue share the largest `accountShare` of the accounts hold, read off the curve. */
export function revenueShareAt(curve: AbcPage['summary']['paretoCurve'], accountShare: number): number {
  let previous = curve[0] ?? { accountShare: 0, revenueShare: 0 };
  for (const point of curve) {
    if (point.accountShare >= accountShare) {
      const span = point.accountShare - previous.accountShare;
      if (span <= 0) return point.revenueShare;
      const part = (accountShare - previous.accountShare) / span;
      return previous.revenueShare + part * (point.revenueShare - previous.revenueShare);
    }
    previous = point;
  }
  return previous.revenueShare;
}

const ticks = [0, 20, 40, 60, 80, 100];

interface TooltipPayload {
  payload?: { x: number; revenue: number };
}

/**
 * The Pareto curve: how much of the revenue the largest x % of the accounts bring, with the A and
 * B thresholds as lines and the class boundaries marked.
 */
export function ParetoChart({ analysis }: { analysis: AbcPage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { summary, thresholds } = analysis;
  const curve = summary.paretoCurve;
  const accounts = summary.concentration.accountsWithRevenue || summary.accounts;
  const data = curve.map((point) => ({
    x: point.accountShare * 100,
    revenue: point.revenueShare * 100,
    even: point.accountShare * 100,
  }));
  const percent = (value: number) =>
    format.number(value / 100, { style: 'percent', maximumFractionDigits: 0 });
  const aShare = accounts > 0 ? summary.classes.A / accounts : 0;
  const abShare = accounts > 0 ? (summary.classes.A + summary.classes.B) / accounts : 0;
  const caption =
    curve.length > 1
      ? t('portfolio.pareto.reading', {
          accounts: format.percent(0.2, 0),
          revenue: format.percent(revenueShareAt(curve, 0.2), 0),
          aAccounts: format.percent(aShare, 0),
          aCount: format.number(summary.classes.A),
          threshold: format.percentShort(thresholds.a),
        })
      : t('portfolio.pareto.empty');

  return (
    <SectionCard title={t('portfolio.pareto.title')} description={t('portfolio.pareto.description')}>
      <Box component="figure" m={0} aria-label={t('portfolio.pareto.title')} data-testid="pareto-chart">
        {curve.length > 1 ? (
          <AreaChart
            h={320}
            data={data}
            dataKey="x"
            type="default"
            curveType="linear"
            withDots={false}
            withGradient
            fillOpacity={0.25}
            gridAxis="xy"
            series={[
              { name: 'revenue', label: t('portfolio.pareto.revenueShare'), color: 'blue.6' },
              { name: 'even', label: t('portfolio.pareto.even'), color: 'gray.5', strokeDasharray: '4 4' },
            ]}
            areaProps={(series) => (series.name === 'even' ? { fillOpacity: 0 } : {})}
            xAxisProps={{
              type: 'number',
              domain: [0, 100],
              ticks,
              tickFormatter: (value: number) => percent(value),
            }}
            yAxisProps={{ domain: [0, 100], ticks }}
            valueFormatter={percent}
            xAxisLabel={t('portfolio.pareto.xAxis')}
            yAxisLabel={t('portfolio.pareto.yAxis')}
            referenceLines={[
              {
                y: thresholds.a * 100,
                label: t('portfolio.pareto.lineA', { share: format.percentShort(thresholds.a) }),
                color: 'teal',
                labelPosition: 'insideBottomLeft',
              },
              {
                y: thresholds.b * 100,
                label: t('portfolio.pareto.lineB', { share: format.percentShort(thresholds.b) }),
                color: 'yellow',
                labelPosition: 'insideBottomLeft',
              },
              // The class boundaries: each label names the region left of its line.
              {
                x: aShare * 100,
                color: 'teal',
                strokeDasharray: '2 4',
                label: 'A',
                labelPosition: 'insideBottomLeft',
              },
              {
                x: abShare * 100,
                color: 'yellow',
                strokeDasharray: '2 4',
                label: 'B',
                labelPosition: 'insideBottomLeft',
              },
              { x: 100, color: 'gray.7', strokeOpacity: 0, label: 'C', labelPosition: 'insideBottomLeft' },
            ]}
            tooltipProps={{
              content: ({ payload }: { payload?: readonly TooltipPayload[] }) => {
                const point = payload?.[0]?.payload;
                if (!point) return null;
                return (
                  <Paper withBorder shadow="md" radius="md" px="sm" py={6}>
                    <Text size="sm">
                      {t('portfolio.pareto.tooltip', {
                        accounts: percent(point.x),
                        revenue: percent(point.revenue),
                      })}
                    </Text>
                  </Paper>
                );
              },
            }}
          />
        ) : null}
        <Stack gap={0} component="figcaption" mt="sm">
          <Text size="sm">{caption}</Text>
        </Stack>
      </Box>
    </SectionCard>
  );
}
