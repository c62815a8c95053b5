import { Button, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { accountListQuery } from '../../api/accounts.ts';
import type { AccountListItem } from '../../api/types.ts';
import classes from '../../components/data-table.module.css';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { HeadCell, SortHeader } from '../../components/sort-header.tsx';
import { cx, type RowProps, VirtualTable } from '../../components/virtual-table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ArchivedBadge, KeyAccountBadge, LifecycleBadge } from './account-badges.tsx';
import { type AccountSort, accountFilters } from './account-search.ts';
import columns from './accounts-table.module.css';
import { useAccountSearch } from './use-account-search.ts';
import { useIndustries } from './use-industries.ts';

/** The accounts list: only the visible rows are in the DOM; more pages load while scrolling. */
export function AccountsTable() {
  const { t } = useTranslation();
  const { search, update } = useAccountSearch();
  const filters = accountFilters(search);
  const query = useInfiniteQuery(accountListQuery(filters));
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  const sort = filters.sort as AccountSort;
  const order = filters.order ?? 'asc';
  const onSort = (column: AccountSort, nextOrder: 'asc' | 'desc') =>
    update({
      sort: column === 'name' && nextOrder === 'asc' ? undefined : column,
      order: nextOrder === 'asc' ? undefined : nextOrder,
    });
  const sortProps = { sort, order, onSort };

  if (query.isError) return <ProblemAlert error={query.error} />;

  return (
    <Stack gap="xs">
      <VirtualTable
        label={t('accounts.tableLabel')}
        columnsClass={columns.columns ?? ''}
        items={items}
        getKey={(account) => account.id}
        renderRow={(account, row) => <AccountRow key={row.key} account={account} row={row} />}
        isPending={query.isPending}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        fetchNextPage={query.fetchNextPage}
        empty={<EmptyState />}
        header={
          <>
            <SortHeader column="name" {...sortProps} className={classes.cell}>
              {t('fields.name')}
            </SortHeader>
            <SortHeader column="customerNumber" {...sortProps} className={cx(classes.cell, classes.md)}>
              {t('fields.customerNumberShort')}
            </SortHeader>
            <HeadCell className={cx(classes.cell, classes.lg)}>{t('fields.industry')}</HeadCell>
            <HeadCell className={cx(classes.cell)}>{t('fields.lifecycleStatus')}</HeadCell>
            <SortHeader column="city" {...sortProps} className={classes.cell}>
              {t('fields.city')}
            </SortHeader>
            <SortHeader column="region" {...sortProps} className={cx(classes.cell, classes.lg)}>
              {t('fields.region')}
            </SortHeader>
            <HeadCell className={cx(classes.cell, classes.md)}>{t('fields.owner')}</HeadCell>
            <HeadCell className={cx(classes.cell)}>{t('fields.isKeyAccount')}</HeadCell>
            <SortHeader column="updatedAt" {...sortProps} className={cx(classes.cell, classes.xl)}>
              {t('fields.updatedAt')}
            </SortHeader>
          </>
        }
      />
      {items.length > 0 ? (
        <Text size="xs" c="dimmed" data-testid="accounts-loaded">
          {query.hasNextPage
            ? t('accounts.loadedMore', { count: items.length })
            : t('accounts.loadedAll', { count: items.length })}
        </Text>
      ) : null}
    </Stack>
  );
}

function AccountRow({ account, row }: { account: AccountListItem; row: RowProps }) {
  const navigate = useNavigate();
  return (
    // The name cell holds the keyboard-accessible link; a click anywhere on the row is a pointer shortcut.
    <tr
      ref={row.ref}
      data-index={row['data-index']}
      className={row.className}
      style={row.style}
      data-testid="account-row"
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a')) return;
        void navigate({ to: '/accounts/$accountId', params: { accountId: account.id } });
      }}
    >
      <AccountCells account={account} />
    </tr>
  );
}

/** The cells re-render only when the record changes, not on every scroll frame. */
const AccountCells = memo(function AccountCells({ account }: { account: AccountListItem }) {
  const format = useFormat();
  const industries = useIndustries();
  const place = [
    account.city,
    account.countryCode && account.countryCode !== 'DE' ? account.countryCode : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <td className={cx(classes.cell, classes.nameCell)}>
        <Link to="/accounts/$accountId" params={{ accountId: account.id }} className={classes.rowLink}>
          {account.name}
        </Link>
        {account.archivedAt ? (
          <span style={{ marginLeft: 8 }}>
            <ArchivedBadge />
          </span>
        ) : null}
        {account.customerNumber ? (
          <Text span size="xs" c="dimmed" hiddenFrom="md" ml={6}>
            {account.customerNumber}
          </Text>
        ) : null}
      </td>
      <td className={cx(classes.cell, classes.md, classes.muted)}>{account.customerNumber ?? '–'}</td>
      <td className={cx(classes.cell, classes.lg)}>{industries.label(account.industryKey) ?? '–'}</td>
      <td className={classes.cell}>
        <LifecycleBadge status={account.lifecycleStatus} />
      </td>
      <td className={classes.cell} title={place || undefined}>
        {place || '–'}
      </td>
      <td className={cx(classes.cell, classes.lg)} title={account.region ?? undefined}>
        {account.region ?? '–'}
      </td>
      <td className={cx(classes.cell, classes.md)}>{account.owner?.name ?? '–'}</td>
      <td className={classes.cell}>
        {account.isKeyAccount ? <KeyAccountBadge tier={account.keyAccountTier} compact /> : null}
      </td>
      <td className={cx(classes.cell, classes.xl, classes.muted)}>{format.date(account.updatedAt)}</td>
    </>
  );
});

function EmptyState() {
  const { t } = useTranslation();
  const { search, update } = useAccountSearch();
  const filtered = Object.keys(search).some((key) => key !== 'sort' && key !== 'order');
  return (
    <Stack align="center" gap="xs" py="xl" px="md">
      <Text fw={600}>{filtered ? t('accounts.emptyFiltered') : t('accounts.empty')}</Text>
      {filtered ? (
        <Button
          variant="light"
          onClick={() =>
            update({
              q: undefined,
              industry: undefined,
              customerType: undefined,
              region: undefined,
              ownerId: undefined,
              keyAccount: undefined,
              status: undefined,
              archived: undefined,
            })
          }
        >
          {t('common.resetFilters')}
        </Button>
      ) : (
        <Text c="dimmed" size="sm">
          {t('accounts.emptyHint')}
        </Text>
      )}
    </Stack>
  );
}
