import { Button, Stack, Text } from '@mantine/core';
import { type InfiniteData, type UseInfiniteQueryResult, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keyAccountsQuery, type Period } from '../../../api/portfolio.ts';
import type { AbcPage, AbcRow, KeyAccountRow } from '../../../api/types.ts';
import classes from '../../../components/data-table.module.css';
import { LinkedRow, NameCell } from '../../../components/record-row.tsx';
import { RecordTable } from '../../../components/record-table.tsx';
import { HeadCell } from '../../../components/sort-header.tsx';
import { cx } from '../../../components/virtual-table.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { KeyAccountBadge } from '../../know/accounts/account-badges.tsx';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { DecisionDialog } from '../key-accounts/decision-dialog.tsx';
import { AbcBadge } from './abc-class.tsx';
import columns from './abc-table.module.css';
import { GrowthText } from './growth-text.tsx';

interface AbcTableProps {
  query: UseInfiniteQueryResult<InfiniteData<AbcPage>>;
  period: Period;
}

/** Every account of the analysis, ranked; rows load page by page while scrolling. */
export function AbcTable({ query, period }: AbcTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const can = useCan();
  const { data: keyAccounts } = useQuery(keyAccountsQuery(period));
  const keyById = new Map((keyAccounts?.items ?? []).map((row) => [row.accountId, row]));
  const [designating, setDesignating] = useState<AbcRow | null>(null);
  const currency = query.data?.pages[0]?.currency ?? 'EUR';
  const num = (size?: string) => cx(classes.cell, columns.num, size);

  return (
    <>
      <RecordTable
        query={query}
        label={t('portfolio.table.label')}
        columnsClass={columns.columns ?? ''}
        getKey={(row) => row.accountId}
        renderRow={(row, rowProps) => (
          <LinkedRow
            key={rowProps.key}
            row={rowProps}
            testId="abc-row"
            onOpen={() => void navigate({ to: '/accounts/$accountId', params: { accountId: row.accountId } })}
          >
            <AbcCells
              row={row}
              currency={currency}
              keyAccount={keyById.get(row.accountId)}
              onDesignate={can('portfolio:decide') ? setDesignating : undefined}
            />
          </LinkedRow>
        )}
        empty={
          <Stack align="center" gap="xs" py="xl" px="md">
            <Text fw={600}>{t('portfolio.table.empty')}</Text>
            <Text c="dimmed" size="sm">
              {t('portfolio.table.emptyHint')}
            </Text>
          </Stack>
        }
        loadedTestId="abc-loaded"
        loadedText={(count, more) =>
          more ? t('portfolio.table.loadedMore', { count }) : t('portfolio.table.loadedAll', { count })
        }
        header={
          <>
            <HeadCell className={num(columns.rank)}>{t('portfolio.table.rank')}</HeadCell>
            <HeadCell className={classes.cell}>{t('portfolio.table.account')}</HeadCell>
            <HeadCell className={num()}>{t('portfolio.table.revenue')}</HeadCell>
            <HeadCell className={num(classes.md)}>{t('portfolio.table.share')}</HeadCell>
            <HeadCell className={num(classes.md)}>{t('portfolio.table.cumulative')}</HeadCell>
            <HeadCell className={classes.cell}>{t('portfolio.table.class')}</HeadCell>
            <HeadCell className={num(classes.md)}>{t('portfolio.table.growth')}</HeadCell>
            <HeadCell className={num(classes.lg)}>{t('portfolio.table.margin')}</HeadCell>
            <HeadCell className={classes.cell}>{t('portfolio.table.keyAccount')}</HeadCell>
          </>
        }
      />
      {designating ? (
        <DecisionDialog
          opened
          kind="designate"
          accountId={designating.accountId}
          accountName={designating.name}
          onClose={() => setDesignating(null)}
        />
      ) : null}
    </>
  );
}

interface AbcCellsProps {
  row: AbcRow;
  currency: string;
  keyAccount: KeyAccountRow | undefined;
  onDesignate?: (row: AbcRow) => void;
}

/** The cells re-render only when the row changes, not on every scroll frame. */
const AbcCells = memo(function AbcCells({ row, currency, keyAccount, onDesignate }: AbcCellsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const num = (size?: string) => cx(classes.cell, columns.num, size);
  return (
    <>
      <td className={num(columns.rank)}>{format.number(row.rank)}</td>
      <NameCell
        archived={false}
        link={
          <>
            <span className={columns.rankInline}>{format.number(row.rank)}.</span>
            <Link to="/accounts/$accountId" params={{ accountId: row.accountId }} className={classes.rowLink}>
              {row.name}
            </Link>
          </>
        }
      >
        {row.customerNumber ? (
          <Text span size="xs" c="dimmed" ml={6}>
            {row.customerNumber}
          </Text>
        ) : null}
      </NameCell>
      <td className={num()}>{format.money(row.revenueCents, currency)}</td>
      <td className={num(classes.md)}>{format.percent(row.share)}</td>
      <td className={num(classes.md)} title={format.percent(row.cumulativeShare, 2)}>
        {format.percent(row.cumulativeShare)}
      </td>
      <td className={classes.cell}>
        <AbcBadge abcClass={row.abcClass} />
      </td>
      <td className={num(classes.md)}>
        <GrowthText growth={row.growth} revenueCents={row.revenueCents} />
      </td>
      <td className={num(classes.lg)}>{row.grossMargin === null ? '–' : format.percent(row.grossMargin)}</td>
      <td className={classes.cell}>
        {keyAccount ? (
          <KeyAccountBadge tier={keyAccount.tier} compact />
        ) : onDesignate ? (
          <Button
            size="compact-xs"
            variant="light"
            aria-label={t('keyAccounts.designateNamed', { name: row.name })}
            onClick={(event) => {
              event.stopPropagation();
              onDesignate(row);
            }}
          >
            {t('keyAccounts.designateShort')}
          </Button>
        ) : null}
      </td>
    </>
  );
});
