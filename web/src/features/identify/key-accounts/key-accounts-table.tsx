import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KeyAccountRow } from '../../../api/types.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { KeyAccountBadge } from '../../know/accounts/account-badges.tsx';
import { AbcBadge } from '../portfolio/abc-class.tsx';
import { GrowthText } from '../portfolio/growth-text.tsx';

/** The key accounts, largest revenue first, with tier, KAM and class. */
export function KeyAccountsTable({ rows, currency }: { rows: KeyAccountRow[]; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sorted = [...rows].sort((a, b) => b.revenueCents - a.revenueCents || a.name.localeCompare(b.name));
  return (
    <SimpleTable
      label={t('keyAccounts.table.label')}
      minWidth={820}
      highlightOnHover
      columns={[
        t('portfolio.table.account'),
        { label: t('keyAccounts.table.tier'), width: 130 },
        { label: t('keyAccounts.table.kam'), width: 190 },
        { label: t('portfolio.table.revenue'), width: 140, align: 'right' },
        { label: t('portfolio.table.share'), width: 90, align: 'right' },
        { label: t('portfolio.table.class'), width: 80 },
        { label: t('portfolio.table.growth'), width: 100, align: 'right' },
      ]}
    >
      {sorted.map((row) => (
        <Table.Tr key={row.accountId} data-testid="key-account-row">
          <Table.Td>
            <AnchorLink to="/accounts/$accountId" params={{ accountId: row.accountId }} fw={600} size="sm">
              {row.name}
            </AnchorLink>
            {row.customerNumber ? (
              <Text span size="xs" c="dimmed" ml={6}>
                {row.customerNumber}
              </Text>
            ) : null}
          </Table.Td>
          <Table.Td>
            <KeyAccountBadge tier={row.tier} compact />
          </Table.Td>
          <Table.Td>
            {row.owner?.name ?? (
              <Text span c="orange" size="sm">
                {t('keyAccounts.table.noKam')}
              </Text>
            )}
          </Table.Td>
          <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
            {format.money(row.revenueCents, currency)}
          </Table.Td>
          <Table.Td ta="right">{format.percent(row.share)}</Table.Td>
          <Table.Td>
            <AbcBadge abcClass={row.abcClass} />
          </Table.Td>
          <Table.Td ta="right">
            <GrowthText growth={row.growth} revenueCents={row.revenueCents} />
          </Table.Td>
        </Table.Tr>
      ))}
    </SimpleTable>
  );
}
