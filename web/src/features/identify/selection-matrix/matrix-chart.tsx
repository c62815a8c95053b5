import '@mantine/charts/styles.css';
import { ScatterChart } from '@mantine/charts';
import { Box, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Matrix } from '../../../api/types.ts';
import { SectionCard } from '../../../components/section-card.tsx';
import { useFormat } from '../../../i18n/format.ts';

const ticks = [1, 2, 3, 4, 5];

interface TooltipPayload {
  payload?: { strength: number; attractiveness: number; index: number };
}

/**
 * The portfolio as Millman & Wilson draw it: our strength to the right, attractiveness upwards,
 * split at the midpoint into four quadrants, each labelled with its strategy. Key accounts are a
 * series of their own, so they stand out by colour and in the legend.
 */
export function MatrixChart({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation();
  const format = useFormat();
  const score = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const placed = matrix.items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.attractiveness !== null && item.strength !== null);
  const points = (keyAccounts: boolean) =>
    placed
      .filter(({ item }) => item.isKeyAccount === keyAccounts)
      .map(({ item, index }) => ({
        strength: item.strength as number,
        attractiveness: item.attractiveness as number,
        index,
      }));
  const count = (strategy: string) => placed.filter(({ item }) => item.strategy === strategy).length;
  const quadrant = (strategy: string) =>
    t('matrix.quadrant', { strategy: t(`matrix.strategy.${strategy}`), count: count(strategy) });
  const hidden = { strokeOpacity: 0, color: 'gray.7' } as const;

  return (
    <SectionCard title={t('matrix.chart.title')} description={t('matrix.chart.description')}>
      <Box component="figure" m={0} aria-label={t('matrix.chart.title')} data-testid="matrix-chart">
        <ScatterChart
          h={420}
          data={[
            { name: t('matrix.chart.keyAccounts'), color: 'grape.6', data: points(true) },
            { name: t('matrix.chart.otherAccounts'), color: 'blue.5', data: points(false) },
          ]}
          dataKey={{ x: 'strength', y: 'attractiveness' }}
          withLegend
          gridAxis="none"
          xAxisLabel={t('matrix.strength')}
          yAxisLabel={t('matrix.attractiveness')}
          xAxisProps={{ type: 'number', domain: [1, 5], ticks, allowDataOverflow: true }}
          yAxisProps={{ type: 'number', domain: [1, 5], ticks, allowDataOverflow: true }}
          valueFormatter={score}
          referenceLines={[
            { x: matrix.midpoint, color: 'gray.6', strokeDasharray: '4 4' },
            { y: matrix.midpoint, color: 'gray.6', strokeDasharray: '4 4' },
            // The quadrants' names sit in their corners, on invisible lines along the edges.
            { y: 5, ...hidden, label: quadrant('invest_for_growth'), labelPosition: 'insideTopRight' },
            { y: 5, ...hidden, label: quadrant('invest_selectively'), labelPosition: 'insideTopLeft' },
            { y: 1, ...hidden, label: quadrant('manage_for_cash'), labelPosition: 'insideBottomRight' },
            {
              y: 1,
              ...hidden,
              label: quadrant('serve_via_account_manager'),
              labelPosition: 'insideBottomLeft',
            },
          ]}
          tooltipProps={{
            content: ({ payload }: { payload?: readonly TooltipPayload[] }) => {
              const point = payload?.[0]?.payload;
              const item = point ? matrix.items[point.index] : undefined;
              if (!point || !item) return null;
              return (
                <Paper withBorder shadow="md" radius="md" px="sm" py={6}>
                  <Text size="sm" fw={600}>
                    {item.name}
                  </Text>
                  <Text size="xs">
                    {t('matrix.chart.tooltip', {
                      attractiveness: score(point.attractiveness),
                      strength: score(point.strength),
                    })}
                  </Text>
                </Paper>
              );
            },
          }}
        />
        <Text component="figcaption" size="sm" c="dimmed" mt="sm">
          {placed.length < matrix.items.length
            ? t('matrix.chart.unplaced', { count: matrix.items.length - placed.length })
            : t('matrix.chart.caption', { count: placed.length })}
        </Text>
      </Box>
    </SectionCard>
  );
}
