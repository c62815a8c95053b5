import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type RevenueImport, recentImportsQuery } from '../../../api/imports.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { ListState } from '../../../components/list-state.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { ImportStatusBadge } from './import-status.tsx';

/** The workspace's latest imports; each opens where it stands (also one still running). */
export function RecentImports() {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery({
    ...recentImportsQuery,
    refetchInterval: (current) =>
      current.state.data?.items.some((imp) => imp.status === 'validating' || imp.status === 'committing')
        ? 2000
        : false,
  });
  const imports = query.data ?? [];
  return (
    <SectionCard title={t('imports.recent.title')}>
      <ListState
        pending={query.isPending}
        error={query.error}
        empty={imports.length === 0}
        emptyText={t('imports.recent.empty')}
      />
      {imports.length > 0 ? (
        <SimpleTable
          label={t('imports.recent.title')}
          minWidth={640}
          columns={[
            t('imports.recent.file'),
            { label: t('imports.recent.uploadedAt'), width: 170 },
            { label: t('imports.recent.status'), width: 150 },
            { label: t('imports.recent.lines'), width: 200 },
          ]}
        >
          {imports.map((imp) => (
            <Table.Tr key={imp.id} data-testid="recent-import">
              <Table.Td>
                <AnchorLink to="/import/$importId" params={{ importId: imp.id }} fw={600} size="sm">
                  {imp.fileName}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {format.fileSize(imp.fileSize)}
                </Text>
              </Table.Td>
              <Table.Td>{format.dateTime(imp.createdAt)}</Table.Td>
              <Table.Td>
                <ImportStatusBadge status={imp.status} />
              </Table.Td>
              <Table.Td>
                <LinesCell imp={imp} />
              </Table.Td>
            </Table.Tr>
          ))}
        </SimpleTable>
      ) : null}
    </SectionCard>
  );
}

function LinesCell({ imp }: { imp: RevenueImport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const report = imp.report;
  if (report?.commit)
    return <>{t('imports.recent.inserted', { n: format.number(report.commit.insertedLines) })}</>;
  if (typeof report?.acceptedRows === 'number')
    return <>{t('imports.recent.checked', { n: format.number(report.acceptedRows) })}</>;
  return <>–</>;
}
