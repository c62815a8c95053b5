import { Table } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { presentationsQuery } from '../../../api/interactions.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { PagedItems } from '../../../components/paged-items.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { useFormat } from '../../../i18n/format.ts';

/** Which product or topic was presented to whom, when, and what the customer said about it. */
export function PresentationLog({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useInfiniteQuery(presentationsQuery(accountId));
  return (
    <SectionCard title={t('presentations.title')} description={t('presentations.description')}>
      <PagedItems query={query} emptyText={t('presentations.empty')} height={40}>
        {(items) => (
          <SimpleTable
            label={t('presentations.title')}
            minWidth={560}
            columns={[
              t('presentations.topic'),
              t('presentations.when'),
              t('presentations.audience'),
              t('presentations.feedback'),
            ]}
          >
            {items.map((item) => (
              <Table.Tr key={item.id} data-testid="presentation">
                <Table.Td fw={600}>{item.topic}</Table.Td>
                <Table.Td>
                  {item.visitId ? (
                    <AnchorLink to="/visits/$visitId" params={{ visitId: item.visitId }} size="sm">
                      {format.date(item.presentedAt)}
                    </AnchorLink>
                  ) : (
                    format.date(item.presentedAt)
                  )}
                </Table.Td>
                <Table.Td>{item.contacts.map((contact) => contact.name).join(', ') || '–'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{item.feedback ?? '–'}</Table.Td>
              </Table.Tr>
            ))}
          </SimpleTable>
        )}
      </PagedItems>
    </SectionCard>
  );
}
