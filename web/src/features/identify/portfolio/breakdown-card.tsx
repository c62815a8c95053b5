import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Grid, Table, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dimensions } from '#contracts/portfolio.ts';
import { breakdownQuery, type Period } from '../../../api/portfolio.ts';
import type { Breakdown, BreakdownDimension } from '../../../api/types.ts';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { ListState } from '../../../components/list-state.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useIndustries } from '../../know/accounts/use-industries.ts';

/** At most this many bars; the table lists all. */
const MAX_BARS = 10;

interface BreakdownCardProps {
  period: Period;
  dimension: BreakdownDimension;
  onDimension: (dimension: BreakdownDimension) => void;
}

/** The period's revenue by industry, customer type, region or product line. */
export function BreakdownCard({ period, dimension, onDimension }: BreakdownCardProps) {
  const { t } = useTranslation();
  const query = useQuery(breakdownQuery(dimension, period));
  return (
    <SectionCard
      title={t('portfolio.breakdown.title')}
      description={t('portfolio.breakdown.description')}
      actions={
        <ExportButtons
          path="/portfolio/breakdown/export"
          query={{ ...period, dimension }}
          what={t(`portfolio.breakdown.dimensions.${dimension}`)}
          size="xs"
        />
      }
    >
      <Tabs
        value={dimension}
        onChange={(value) => value && onDimension(value as BreakdownDimension)}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {dimensions.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`portfolio.breakdown.dimensions.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {/* One panel per tab (only the chosen one is mounted), so that each tab controls a panel. */}
        {dimensions.map((key) => (
          <Tabs.Panel key={key} value={key}>
            <ListState
              pending={query.isPending}
              error={query.error}
              empty={query.data?.items.length === 0}
              emptyText={t('portfolio.breakdown.empty')}
              height={260}
            />
            {query.data && query.data.items.length > 0 ? <BreakdownView breakdown={query.data} /> : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </SectionCard>
  );
}

function BreakdownView({ breakdown }: { breakdown: Breakdown }) {
  const { t } = useTranslation();
  const format = useFormat();
  const industries = useIndustries();
  const label = (key: string | null) => {
    if (key === null) return t('portfolio.breakdown.none');
    if (breakdown.dimension === 'industry') return industries.label(key) ?? key;
    if (breakdown.dimension === 'customerType') return t(`customerTypes.${key}`, { defaultValue: key });
    return key;
  };
  const items = [...breakdown.items].sort((a, b) => b.revenueCents - a.revenueCents);
  const bars = items.slice(0, MAX_BARS).map((item) => ({
    name: label(item.key),
    revenue: Math.round(item.revenueCents / 100),
  }));
  const dimensionLabel = t(`portfolio.breakdown.dimensions.${breakdown.dimension}`);
  return (
    <Grid gutter="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <figure
          style={{ margin: 0 }}
          aria-label={t('portfolio.breakdown.chartLabel', { dimension: dimensionLabel })}
        >
          <BarChart
            h={Math.max(160, bars.length * 36 + 40)}
            data={bars}
            dataKey="name"
            orientation="vertical"
            series={[{ name: 'revenue', label: t('portfolio.table.revenue'), color: 'blue.6' }]}
            valueFormatter={(value) =>
              format.number(value, {
                style: 'currency',
                currency: breakdown.currency,
                notation: 'compact',
                maximumFractionDigits: 1,
              })
            }
            yAxisProps={{ width: 150 }}
            gridAxis="x"
            maxBarWidth={22}
          />
        </figure>
        {items.length > MAX_BARS ? (
          <Text size="xs" c="dimmed" mt={4}>
            {t('portfolio.breakdown.topBars', { count: MAX_BARS })}
          </Text>
        ) : null}
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <SimpleTable
          label={t('portfolio.breakdown.tableLabel', { dimension: dimensionLabel })}
          minWidth={360}
          verticalSpacing={6}
          fz="sm"
          columns={[
            dimensionLabel,
            { label: t('portfolio.breakdown.accounts'), width: 70, align: 'right' },
            { label: t('portfolio.table.revenue'), width: 130, align: 'right' },
            { label: t('portfolio.table.share'), width: 70, align: 'right' },
          ]}
        >
          {items.map((item) => (
            <Table.Tr key={item.key ?? '∅'}>
              <Table.Td c={item.key === null ? 'dimmed' : undefined}>{label(item.key)}</Table.Td>
              <Table.Td ta="right">{format.number(item.accounts)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {format.moneyRounded(item.revenueCents, breakdown.currency)}
              </Table.Td>
              <Table.Td ta="right">{format.percent(item.share)}</Table.Td>
            </Table.Tr>
          ))}
        </SimpleTable>
      </Grid.Col>
    </Grid>
  );
}
