import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamDayRow } from '../../../api/relationship-types.ts';
import { SectionCard } from '../../../components/section-card.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';

/** The head of sales' view: per KAM, this week's visits and what is overdue or has gaps. */
export function TeamTable({ rows }: { rows: TeamDayRow[] }) {
  const { t } = useTranslation();
  const count = (value: number, alarming = false) => (
    <Text
      size="sm"
      fw={alarming && value > 0 ? 700 : undefined}
      c={alarming && value > 0 ? 'red' : undefined}
    >
      {value}
    </Text>
  );
  return (
    <SectionCard title={t('myDay.teamTitle')} description={t('myDay.teamHint')}>
      <SimpleTable
        label={t('myDay.teamTitle')}
        minWidth={560}
        columns={[
          t('myDay.teamKam'),
          { label: t('myDay.teamVisits'), align: 'right' },
          { label: t('myDay.teamOverdueContacts'), align: 'right' },
          { label: t('myDay.teamOverdueSteps'), align: 'right' },
          { label: t('myDay.teamCoverage'), align: 'right' },
        ]}
      >
        {rows.map((row) => (
          <Table.Tr key={row.kam.id} data-testid="team-row">
            <Table.Td fw={600}>{row.kam.name}</Table.Td>
            <Table.Td ta="right">{count(row.visitsThisWeek)}</Table.Td>
            <Table.Td ta="right">{count(row.overdueContacts, true)}</Table.Td>
            <Table.Td ta="right">{count(row.overdueNextSteps, true)}</Table.Td>
            <Table.Td ta="right">{count(row.coverageWarnings, true)}</Table.Td>
          </Table.Tr>
        ))}
      </SimpleTable>
    </SectionCard>
  );
}
