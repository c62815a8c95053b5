import { Alert, Button, Group, Paper, Skeleton, Stack } from '@mantine/core';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { abcQuery } from '../../../api/portfolio.ts';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { ButtonLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { AbcSummary } from './abc-summary.tsx';
import { AbcTable } from './abc-table.tsx';
import { BreakdownCard } from './breakdown-card.tsx';
import { ParetoChart } from './pareto-chart.tsx';
import { PeriodPicker } from './period-picker.tsx';
import { abcFilterOf, periodOf, usePortfolioSearch } from './portfolio-search.ts';
import { ThresholdInputs } from './threshold-inputs.tsx';

/** "ABC-Analyse": which accounts carry the revenue, how concentrated it is, by segment. */
export function AbcPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const can = useCan();
  const { search, update } = usePortfolioSearch();
  const filter = abcFilterOf(search);
  const query = useInfiniteQuery({ ...abcQuery(filter), placeholderData: keepPreviousData });
  const analysis = query.data?.pages[0];
  const customized = search.from !== undefined || search.a !== undefined || search.b !== undefined;

  return (
    <>
      <PageHeader
        title={t('portfolio.abc.title')}
        subtitle={
          analysis
            ? t('portfolio.abc.subtitle', {
                from: format.date(analysis.period.from),
                to: format.date(analysis.period.to),
              })
            : t('portfolio.abc.subtitleLoading')
        }
        actions={
          <ExportButtons path="/portfolio/abc/export" query={{ ...filter }} what={t('portfolio.abc.title')} />
        }
      />
      <Stack gap="md">
        <Paper withBorder radius="md" p="sm">
          <Group gap="md" align="flex-end" wrap="wrap">
            <PeriodPicker
              value={analysis?.period}
              onChange={(period) => update({ from: period?.from, to: period?.to })}
            />
            {analysis ? (
              <ThresholdInputs
                a={analysis.thresholds.a}
                b={analysis.thresholds.b}
                onChange={({ a, b }) => update({ a: String(a), b: String(b) })}
              />
            ) : null}
            {customized ? (
              <Button
                variant="subtle"
                onClick={() => update({ from: undefined, to: undefined, a: undefined, b: undefined })}
              >
                {t('portfolio.abc.reset')}
              </Button>
            ) : null}
          </Group>
        </Paper>

        {query.isError ? <ProblemAlert error={query.error} /> : null}
        {analysis && analysis.summary.otherCurrencies.length > 0 ? (
          <Alert
            color="orange"
            variant="light"
            title={t('portfolio.abc.otherCurrenciesTitle')}
            data-testid="other-currencies"
          >
            {t('portfolio.abc.otherCurrencies', {
              currency: analysis.currency,
              list: analysis.summary.otherCurrencies
                .map((entry) =>
                  t('portfolio.abc.currencyLines', {
                    currency: entry.currency,
                    count: entry.lines,
                    n: format.number(entry.lines),
                  }),
                )
                .join(', '),
            })}
          </Alert>
        ) : null}
        {analysis && analysis.summary.accounts === 0 ? (
          <Alert color="blue" variant="light" title={t('portfolio.abc.noRevenueTitle')}>
            <Stack gap="xs" align="flex-start">
              {t('portfolio.abc.noRevenue')}
              {can('imports:run') ? (
                <ButtonLink to="/import" size="xs" variant="light">
                  {t('portfolio.abc.toImport')}
                </ButtonLink>
              ) : null}
            </Stack>
          </Alert>
        ) : null}

        {analysis ? <AbcSummary analysis={analysis} /> : <Skeleton h={118} />}
        {analysis ? <ParetoChart analysis={analysis} /> : <Skeleton h={400} />}
        <SectionCard title={t('portfolio.table.title')} description={t('portfolio.table.description')}>
          <AbcTable query={query} period={periodOf(search)} />
        </SectionCard>
        <BreakdownCard
          period={periodOf(search)}
          dimension={search.by ?? 'industry'}
          onDimension={(by) => update({ by: by === 'industry' ? undefined : by })}
        />
      </Stack>
    </>
  );
}
