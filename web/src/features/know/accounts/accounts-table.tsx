import { Button, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { accountListQuery } from '../../../api/accounts.ts';
import type { AccountListItem } from '../../../api/types.ts';
import classes from '../../../components/data-table.module.css';
import { LinkedRow, NameCell } from '../../../components/record-row.tsx';
import { RecordTable } from '../../../components/record-table.tsx';
import { HeadCell, SortHeader, sortControl } from '../../../components/sort-header.tsx';
import { cx } from '../../../components/virtual-table.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { KeyAccountBadge, LifecycleBadge } from './account-badges.tsx';
import { type AccountSort, accountFilters, noFilters } from './account-search.ts';
import columns from './accounts-table.module.css';
import { useAccountSearch } from './use-account-search.ts';
import { useIndustries } from './use-industries.ts';

/** The accounts list: only the visible rows are in the DOM; more pages load while scrolling. */
export function AccountsTable() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search, update } = useAccountSearch();
  const filters = accountFilters(search);
  const query = useInfiniteQuery(accountListQuery(filters));
  const sortProps = sortControl(filters.sort as AccountSort, filters.order ?? 'asc', 'name', update);

  return (
    <RecordTable
      query={query}
      label={t('accounts.tableLabel')}
      columnsClass={columns.columns ?? ''}
      getKey={(account) => account.id}
      renderRow={(account, row) => (
        <LinkedRow
          key={row.key}
          row={row}
          testId="account-row"
          onOpen={() => void navigate({ to: '/accounts/$accountId', params: { accountId: account.id } })}
        >
          <AccountCells account={account} />
        </LinkedRow>
      )}
      empty={<EmptyState />}
      loadedTestId="accounts-loaded"
      loadedText={(count, more) =>
        more ? t('accounts.loadedMore', { count }) : t('accounts.loadedAll', { count })
      }
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
      <NameCell
        archived={account.archivedAt !== null}
        link={
          <Link to="/accounts/$accountId" params={{ accountId: account.id }} className={classes.rowLink}>
            {account.name}
          </Link>
        }
      >
        {account.customerNumber ? (
          <Text span size="xs" c="dimmed" hiddenFrom="md" ml={6}>
            {account.customerNumber}
          </Text>
        ) : null}
      </NameCell>
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
        <Button variant="light" onClick={() => update({ q: undefined, ...noFilters })}>
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
