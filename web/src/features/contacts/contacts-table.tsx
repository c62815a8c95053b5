import { Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { contactListQuery } from '../../api/contacts.ts';
import type { Contact } from '../../api/types.ts';
import classes from '../../components/data-table.module.css';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { SortHeader } from '../../components/sort-header.tsx';
import { cx, VirtualTable } from '../../components/virtual-table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ArchivedBadge } from '../accounts/account-badges.tsx';
import { contactName } from './contact-name.ts';
import { type ContactSort, contactFilters } from './contact-search.ts';
import columns from './contacts-table.module.css';
import { useContactSearch } from './use-contact-search.ts';

export function ContactsTable() {
  const { t } = useTranslation();
  const { search, update } = useContactSearch();
  const filters = contactFilters(search);
  const query = useInfiniteQuery(contactListQuery(filters));
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const sort = filters.sort as ContactSort;
  const order = filters.order ?? 'asc';
  const onSort = (column: ContactSort, nextOrder: 'asc' | 'desc') =>
    update({
      sort: column === 'name' && nextOrder === 'asc' ? undefined : column,
      order: nextOrder === 'asc' ? undefined : nextOrder,
    });

  if (query.isError) return <ProblemAlert error={query.error} />;

  return (
    <Stack gap="xs">
      <VirtualTable
        label={t('contacts.tableLabel')}
        columnsClass={columns.columns ?? ''}
        items={items}
        getKey={(contact) => contact.id}
        renderRow={(contact, index) => <ContactRow contact={contact} index={index} />}
        isPending={query.isPending}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        fetchNextPage={query.fetchNextPage}
        estimate={{ desktop: 53, phone: 90 }}
        empty={
          <Stack align="center" gap="xs" py="xl">
            <Text fw={600}>{search.q || search.archived ? t('contacts.emptyFiltered') : t('contacts.empty')}</Text>
          </Stack>
        }
        header={
          <>
            <SortHeader column="name" sort={sort} order={order} onSort={onSort} className={classes.cell}>
              {t('fields.name')}
            </SortHeader>
            <div role="columnheader" className={cx(classes.cell, classes.headLabel)}>
              {t('fields.jobTitle')}
            </div>
            <div role="columnheader" className={cx(classes.cell, classes.lg, classes.headLabel)}>
              {t('fields.department')}
            </div>
            <div role="columnheader" className={cx(classes.cell, classes.headLabel)}>
              {t('fields.accounts')}
            </div>
            <div role="columnheader" className={cx(classes.cell, classes.md, classes.headLabel)}>
              {t('fields.email')}
            </div>
            <div role="columnheader" className={cx(classes.cell, classes.lg, classes.headLabel)}>
              {t('fields.phone')}
            </div>
            <SortHeader column="updatedAt" sort={sort} order={order} onSort={onSort} className={cx(classes.cell, classes.xl)}>
              {t('fields.updatedAt')}
            </SortHeader>
          </>
        }
      />
      {items.length > 0 ? (
        <Text size="xs" c="dimmed">
          {query.hasNextPage
            ? t('contacts.loadedMore', { count: items.length })
            : t('contacts.loadedAll', { count: items.length })}
        </Text>
      ) : null}
    </Stack>
  );
}

function ContactRow({ contact, index }: { contact: Contact; index: number }) {
  const navigate = useNavigate();
  const format = useFormat();
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-testid="contact-row"
      className={classes.row}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a')) return;
        void navigate({ to: '/contacts/$contactId', params: { contactId: contact.id } });
      }}
    >
      <div role="cell" className={cx(classes.cell, classes.nameCell)}>
        <Link to="/contacts/$contactId" params={{ contactId: contact.id }} className={classes.rowLink}>
          {contactName(contact)}
        </Link>
        {contact.archivedAt ? (
          <span style={{ marginLeft: 8 }}>
            <ArchivedBadge />
          </span>
        ) : null}
      </div>
      <div role="cell" className={cx(classes.cell, classes.muted)}>
        {contact.jobTitle ?? '–'}
      </div>
      <div role="cell" className={cx(classes.cell, classes.lg)}>
        {contact.department ?? '–'}
      </div>
      <div role="cell" className={classes.cell}>
        {contact.accounts.map((account) => account.name).join(', ') || '–'}
      </div>
      <div role="cell" className={cx(classes.cell, classes.md)}>
        {contact.email ?? '–'}
      </div>
      <div role="cell" className={cx(classes.cell, classes.lg)}>
        {contact.phones[0]?.number ?? '–'}
      </div>
      <div role="cell" className={cx(classes.cell, classes.xl, classes.muted)}>
        {format.date(contact.updatedAt)}
      </div>
    </div>
  );
}
