import { Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { kamWorkloadQuery, keyAccountsQuery } from '../../../api/portfolio.ts';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { ButtonLink } from '../../../components/links.tsx';
import { ListState } from '../../../components/list-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { StatCard, StatGrid } from '../../../components/stat-card.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { PeriodPicker } from '../portfolio/period-picker.tsx';
import { periodOf, usePortfolioSearch } from '../portfolio/portfolio-search.ts';
import { KamWorkloadCard } from './kam-workload-card.tsx';
import { KeyAccountsTable } from './key-accounts-table.tsx';
import { PortfolioSettingsCard } from './portfolio-settings-card.tsx';

/** "Key Accounts": the key-account portfolio, the KAMs' workload and the portfolio settings. */
export function KeyAccountsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { search, update } = usePortfolioSearch();
  const period = periodOf(search);
  const query = useQuery(keyAccountsQuery(period));
  const workload = useQuery(kamWorkloadQuery);
  const rows = query.data?.items ?? [];
  const share = rows.reduce((sum, row) => sum + row.share, 0);
  const revenue = rows.reduce((sum, row) => sum + row.revenueCents, 0);
  const currency = query.data?.currency ?? 'EUR';
  const overLimit = workload.data?.items.filter((item) => item.overLimit).length ?? 0;

  return (
    <>
      <PageHeader
        title={t('keyAccounts.title')}
        subtitle={t('keyAccounts.subtitle')}
        actions={
          <Group gap="xs">
            <ExportButtons
              path="/portfolio/key-accounts/export"
              query={{ ...period }}
              what={t('keyAccounts.title')}
            />
            <ButtonLink to="/portfolio/abc" search={period} variant="default">
              {t('keyAccounts.toAbc')}
            </ButtonLink>
          </Group>
        }
      />
      <Stack gap="md">
        <Paper withBorder radius="md" p="sm">
          <Group>
            <PeriodPicker
              value={query.data?.period}
              onChange={(next) => update({ from: next?.from, to: next?.to })}
            />
          </Group>
        </Paper>
        <StatGrid cols={4}>
          <StatCard
            label={t('keyAccounts.stats.count')}
            value={format.number(rows.length)}
            testId="key-account-count"
          />
          <StatCard
            label={t('keyAccounts.stats.revenue')}
            value={format.moneyRounded(revenue, currency)}
            hint={t('keyAccounts.stats.share', { share: format.percent(share) })}
          />
          <StatCard
            label={t('keyAccounts.stats.kams')}
            value={format.number(workload.data?.items.filter((item) => item.keyAccounts > 0).length ?? 0)}
            hint={workload.data ? t('keyAccounts.stats.limit', { limit: workload.data.limit }) : undefined}
          />
          <StatCard
            label={t('keyAccounts.stats.overLimit')}
            value={
              <Text span inherit c={overLimit > 0 ? 'orange' : undefined}>
                {format.number(overLimit)}
              </Text>
            }
            hint={overLimit > 0 ? t('keyAccounts.stats.overLimitHint') : t('keyAccounts.stats.withinLimit')}
          />
        </StatGrid>
        <SectionCard title={t('keyAccounts.table.title')} description={t('keyAccounts.table.description')}>
          <ListState
            pending={query.isPending}
            error={query.error}
            empty={rows.length === 0}
            emptyText={t('keyAccounts.table.empty')}
          />
          {rows.length > 0 ? <KeyAccountsTable rows={rows} currency={currency} /> : null}
        </SectionCard>
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <KamWorkloadCard />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <PortfolioSettingsCard />
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
