import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountListQuery } from '../../api/accounts.ts';
import type { AccountListItem } from '../../api/types.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ArchivedBadge, KeyAccountBadge, LifecycleBadge } from './account-badges.tsx';
import { type AccountSort, accountFilters } from './account-search.ts';
import classes from './accounts-table.module.css';
import { SortHeader } from './sort-header.tsx';
import { useAccountSearch } from './use-account-search.ts';
import { useIndustries } from './use-industries.ts';

const cx = (...names: (string | undefined | false)[]) => names.filter(Boolean).join(' ');

/** The accounts list: only the visible rows are in the DOM; more pages load while scrolling. */
export function AccountsTable() {
  const { t } = useTranslation();
  const { search, update } = useAccountSearch();
  const filters = accountFilters(search);
  const query = useInfiniteQuery(accountListQuery(filters));
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - scrollMargin) > 1) setScrollMargin(top);
  });

  const virtualizer = useWindowVirtualizer({
    count: items.length + (query.hasNextPage ? 1 : 0),
    estimateSize: () => (isPhone ? 96 : 53),
    overscan: 8,
    scrollMargin,
    getItemKey: (index) => items[index]?.id ?? 'loader',
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? 0;

  useEffect(() => {
    if (lastIndex >= items.length - 25 && query.hasNextPage && !query.isFetchingNextPage) {
      void query.fetchNextPage();
    }
  }, [lastIndex, items.length, query.hasNextPage, query.isFetchingNextPage, query.fetchNextPage]);

  const sort = filters.sort as AccountSort;
  const order = filters.order ?? 'asc';
  const onSort = (column: AccountSort, nextOrder: 'asc' | 'desc') =>
    update({ sort: column === 'name' && nextOrder === 'asc' ? undefined : column, order: nextOrder === 'asc' ? undefined : nextOrder });

  if (query.isError) return <ProblemAlert error={query.error} />;

  return (
    <Stack gap="xs">
      <div role="table" aria-label={t('accounts.tableLabel')} aria-rowcount={-1} className={classes.table} ref={listRef}>
        <div role="rowgroup" className={classes.header}>
          <div role="row" className={classes.row}>
            <SortHeader column="name" sort={sort} order={order} onSort={onSort} className={classes.cell}>
              {t('fields.name')}
            </SortHeader>
            <SortHeader column="customerNumber" sort={sort} order={order} onSort={onSort} className={cx(classes.cell, classes.md)}>
              {t('fields.customerNumberShort')}
            </SortHeader>
            <div role="columnheader" className={cx(classes.cell, classes.lg, classes.headLabel)}>
              {t('fields.industry')}
            </div>
            <div role="columnheader" className={cx(classes.cell, classes.headLabel)}>
              {t('fields.lifecycleStatus')}
            </div>
            <SortHeader column="city" sort={sort} order={order} onSort={onSort} className={classes.cell}>
              {t('fields.city')}
            </SortHeader>
            <SortHeader column="region" sort={sort} order={order} onSort={onSort} className={cx(classes.cell, classes.lg)}>
              {t('fields.region')}
            </SortHeader>
            <div role="columnheader" className={cx(classes.cell, classes.md, classes.headLabel)}>
              {t('fields.owner')}
            </div>
            <div role="columnheader" className={cx(classes.cell, classes.headLabel)}>
              {t('fields.isKeyAccount')}
            </div>
            <SortHeader column="updatedAt" sort={sort} order={order} onSort={onSort} className={cx(classes.cell, classes.xl)}>
              {t('fields.updatedAt')}
            </SortHeader>
          </div>
        </div>
        <div role="rowgroup" className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualItems.map((virtualRow) => {
            const account = items[virtualRow.index];
            return (
              <div
                key={virtualRow.key}
                data-index={virtualRow.index}
                ref={virtualizer.measureElement}
                className={classes.bodyRow}
                style={{ transform: `translateY(${virtualRow.start - virtualizer.options.scrollMargin}px)` }}
              >
                {account ? (
                  <AccountRow account={account} index={virtualRow.index} />
                ) : (
                  <div role="row" className={classes.row}>
                    <div role="cell" className={classes.cell}>
                      <Loader size="xs" mr="xs" aria-hidden />
                      <Text span size="sm" c="dimmed">
                        {t('common.loadingMore')}
                      </Text>
                    </div>
                  </div>
                )}
              </div>
            );
          })}
        </div>
        {query.isPending ? (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        ) : null}
        {!query.isPending && items.length === 0 ? <EmptyState /> : null}
      </div>
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

function AccountRow({ account, index }: { account: AccountListItem; index: number }) {
  const navigate = useNavigate();
  const format = useFormat();
  const industries = useIndustries();
  const place = [account.city, account.countryCode && account.countryCode !== 'DE' ? account.countryCode : null]
    .filter(Boolean)
    .join(', ');
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-testid="account-row"
      className={classes.row}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a')) return;
        void navigate({ to: '/accounts/$accountId', params: { accountId: account.id } });
      }}
    >
      <div role="cell" className={cx(classes.cell, classes.nameCell)}>
        <Link
          to="/accounts/$accountId"
          params={{ accountId: account.id }}
          style={{ color: 'inherit', fontWeight: 600, textDecoration: 'none' }}
        >
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
      </div>
      <div role="cell" className={cx(classes.cell, classes.md, classes.muted)}>
        {account.customerNumber ?? '–'}
      </div>
      <div role="cell" className={cx(classes.cell, classes.lg)}>
        {industries.label(account.industryKey) ?? '–'}
      </div>
      <div role="cell" className={classes.cell}>
        <LifecycleBadge status={account.lifecycleStatus} />
      </div>
      <div role="cell" className={classes.cell}>
        {place || '–'}
      </div>
      <div role="cell" className={cx(classes.cell, classes.lg)}>
        {account.region ?? '–'}
      </div>
      <div role="cell" className={cx(classes.cell, classes.md)}>
        {account.owner?.name ?? '–'}
      </div>
      <div role="cell" className={classes.cell}>
        {account.isKeyAccount ? <KeyAccountBadge tier={account.keyAccountTier} /> : null}
      </div>
      <div role="cell" className={cx(classes.cell, classes.xl, classes.muted)}>
        {format.date(account.updatedAt)}
      </div>
    </div>
  );
}

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
          onClick={() => update({ q: undefined, industry: undefined, customerType: undefined, region: undefined, ownerId: undefined, keyAccount: undefined, status: undefined, archived: undefined })}
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
