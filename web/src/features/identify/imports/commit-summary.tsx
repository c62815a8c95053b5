import { Alert, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommitSummary, ValidationReport } from '../../../api/imports.ts';
import { ButtonLink } from '../../../components/links.tsx';
import { StatCard, StatGrid } from '../../../components/stat-card.tsx';
import { useFormat } from '../../../i18n/format.ts';

/** Step 4 done: what went in, what was there already, which accounts were created. */
export function CommitSummaryView({ report, summary }: { report: ValidationReport; summary: CommitSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { from, to } = report.period;
  return (
    <Stack gap="md">
      <Alert color="green" variant="light" title={t('imports.summary.title')} role="status">
        {t('imports.summary.message', {
          count: summary.insertedLines,
          n: format.number(summary.insertedLines),
        })}
      </Alert>
      <StatGrid cols={4}>
        {(
          [
            ['inserted', summary.insertedLines],
            ['duplicates', summary.duplicateLines],
            ['accountsCreated', summary.accountsCreated],
          ] as const
        ).map(([key, count]) => (
          <StatCard
            key={key}
            label={t(`imports.summary.${key}`)}
            value={format.number(count)}
            hint={t(`imports.summary.${key}Hint`)}
            testId={`summary-${key}`}
          />
        ))}
        <StatCard
          label={t('imports.report.period')}
          compact
          value={from && to ? `${format.date(from)} – ${format.date(to)}` : '–'}
          hint={t('imports.summary.rejectedRows', {
            count: report.rejectedRows,
            n: format.number(report.rejectedRows),
          })}
        />
      </StatGrid>
      <Group gap="sm">
        <ButtonLink to="/portfolio/abc">{t('imports.summary.toAnalysis')}</ButtonLink>
        {from && to ? (
          <ButtonLink to="/portfolio/abc" search={{ from, to }} variant="light">
            {t('imports.summary.toFilePeriod')}
          </ButtonLink>
        ) : null}
        <ButtonLink to="/import" variant="default">
          {t('imports.summary.another')}
        </ButtonLink>
      </Group>
    </Stack>
  );
}
