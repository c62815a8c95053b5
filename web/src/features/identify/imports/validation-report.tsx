import { Alert, Button, Checkbox, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importQuery, importsApi, type RevenueImport, type ValidationReport } from '../../../api/imports.ts';
import { isApiError } from '../../../api/problem.ts';
import { keyboardScrollable } from '../../../components/keyboard-scrollable.ts';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { StatCard, StatGrid } from '../../../components/stat-card.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { rowProblemText } from './row-problem-text.ts';

/** The server lists the first 1,000 problems and counts all. */
const PROBLEM_LIMIT = 1000;

interface ValidationReportViewProps {
  imp: RevenueImport;
  report: ValidationReport;
  onEdit: () => void;
}

/** Step 3: what the check found, before anything is written; then import. */
export function ValidationReportView({ imp, report, onEdit }: ValidationReportViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const unknown = report.unknownCustomers;
  const [createAccounts, setCreateAccounts] = useState(false);
  const commit = useMutation({
    mutationFn: () => importsApi.commit(imp.id, createAccounts),
    onSuccess: (next) => queryClient.setQueryData(importQuery(imp.id).queryKey, next),
    // The import went back to "uploaded": show the check step again.
    onError: (error) => {
      if (isApiError(error) && error.code === 'check_expired')
        void queryClient.invalidateQueries({ queryKey: importQuery(imp.id).queryKey });
    },
  });
  const blockedByUnknown = unknown.count > 0 && !createAccounts;
  const [main, ...others] = [...report.currencies].sort((a, b) => b.lines - a.lines);
  const refusedForUnknown =
    isApiError(commit.error) && commit.error.errors.some((error) => error.code === 'unknown_customers');

  return (
    <Stack gap="md">
      <StatGrid cols={5}>
        <StatCard
          label={t('imports.report.accepted')}
          value={format.number(report.acceptedRows)}
          hint={t('imports.report.ofRows', { count: report.rows, rows: format.number(report.rows) })}
          testId="report-accepted"
        />
        <StatCard
          label={t('imports.report.rejected')}
          value={
            <Text span inherit c={report.rejectedRows > 0 ? 'red' : undefined}>
              {format.number(report.rejectedRows)}
            </Text>
          }
          hint={report.rejectedRows > 0 ? t('imports.report.rejectedHint') : t('imports.report.noneRejected')}
          testId="report-rejected"
        />
        <StatCard
          label={t('imports.report.customers')}
          value={format.number(report.customers)}
          hint={
            unknown.count > 0
              ? t('imports.report.unknownCount', { count: unknown.count, n: format.number(unknown.count) })
              : t('imports.report.allKnown')
          }
        />
        <StatCard
          label={t('imports.report.period')}
          compact
          value={
            report.period.from && report.period.to
              ? `${format.date(report.period.from)} – ${format.date(report.period.to)}`
              : '–'
          }
        />
        <StatCard
          label={t('imports.report.total')}
          value={main ? format.moneyRounded(main.netRevenueCents, main.currency) : '–'}
          hint={
            others.length > 0
              ? t('imports.report.otherCurrencies', {
                  list: others.map((entry) => format.money(entry.netRevenueCents, entry.currency)).join(', '),
                })
              : t('imports.report.netHint')
          }
        />
      </StatGrid>

      {report.rejectedRows > 0 ? <BadRows report={report} /> : null}

      {unknown.count > 0 ? (
        <SectionCard
          title={t('imports.unknown.title', { count: unknown.count, n: format.number(unknown.count) })}
          description={t('imports.unknown.description')}
        >
          <Stack gap="md">
            <ScrollArea.Autosize
              mah={240}
              type="auto"
              viewportProps={keyboardScrollable(t('imports.unknown.tableLabel'))}
            >
              <Table fz="sm" verticalSpacing={4} aria-label={t('imports.unknown.tableLabel')} stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={160}>{t('imports.fields.customerNumber')}</Table.Th>
                    <Table.Th>{t('imports.unknown.nameInFile')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {unknown.sample.map((customer) => (
                    <Table.Tr key={customer.customerNumber}>
                      <Table.Td>{customer.customerNumber}</Table.Td>
                      <Table.Td>{customer.customerName ?? '–'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            {unknown.sample.length < unknown.count ? (
              <Text size="xs" c="dimmed">
                {t('imports.unknown.sampleNote', { shown: unknown.sample.length, count: unknown.count })}
              </Text>
            ) : null}
            <Checkbox
              label={t('imports.unknown.create', { count: unknown.count, n: format.number(unknown.count) })}
              description={t('imports.unknown.createHint')}
              checked={createAccounts}
              onChange={(event) => setCreateAccounts(event.currentTarget.checked)}
            />
          </Stack>
        </SectionCard>
      ) : null}

      {report.commitFailure && !commit.isPending ? (
        <Alert color="red" variant="light" title={t('imports.commitRefused')} role="alert">
          {report.commitFailure.code
            ? t(`problems.${report.commitFailure.code}`, { defaultValue: t('problems.unknown') })
            : t('imports.failed')}
        </Alert>
      ) : null}
      {refusedForUnknown ? (
        <Alert color="orange" variant="light" role="alert">
          {t('imports.unknown.needed')}
        </Alert>
      ) : (
        <ProblemAlert error={commit.error} />
      )}

      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" c="dimmed" maw={560}>
          {report.acceptedRows === 0
            ? t('imports.nothingToImport')
            : blockedByUnknown
              ? t('imports.unknown.needed')
              : t('imports.commitHint')}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={onEdit}>
            {t('imports.editMapping')}
          </Button>
          <Button
            size="md"
            onClick={() => commit.mutate()}
            loading={commit.isPending}
            disabled={report.acceptedRows === 0 || blockedByUnknown}
          >
            {t('imports.commit', { count: report.acceptedRows, n: format.number(report.acceptedRows) })}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

function BadRows({ report }: { report: ValidationReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SectionCard
      title={t('imports.badRows.title', {
        count: report.rejectedRows,
        n: format.number(report.rejectedRows),
      })}
      description={t('imports.badRows.description')}
    >
      <Stack gap="xs">
        <ScrollArea.Autosize
          mah={360}
          type="auto"
          viewportProps={keyboardScrollable(t('imports.badRows.tableLabel'))}
        >
          <Table
            fz="sm"
            verticalSpacing={6}
            striped
            stickyHeader
            aria-label={t('imports.badRows.tableLabel')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>{t('imports.badRows.row')}</Table.Th>
                <Table.Th w={200}>{t('imports.badRows.column')}</Table.Th>
                <Table.Th w={180}>{t('imports.badRows.value')}</Table.Th>
                <Table.Th>{t('imports.badRows.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.problems.map((problem, index) => (
                <Table.Tr
                  // One row may have several problems (one per column).
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list never changes order.
                  key={index}
                  data-testid="bad-row"
                >
                  <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{problem.rowNumber}</Table.Td>
                  <Table.Td>{problem.column ?? t('imports.badRows.wholeRow')}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>{problem.value ?? '–'}</Table.Td>
                  <Table.Td>{rowProblemText(t, problem)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        {report.problems.length >= PROBLEM_LIMIT ? (
          <Text size="xs" c="dimmed">
            {t('imports.badRows.limited', { shown: format.number(report.problems.length) })}
          </Text>
        ) : null}
      </Stack>
    </SectionCard>
  );
}
