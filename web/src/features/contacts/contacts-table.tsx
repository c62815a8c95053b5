import { Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { contactListQuery } from '../../api/contacts.ts';
import type { Contact } from '../../api/types.ts';
import classes from '../../components/data-table.module.css';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { HeadCell, SortHeader } from '../../components/sort-header.tsx';
import { cx, type RowProps, VirtualTable } from '../../components/virtual-table.tsx';
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
        renderRow={(contact, row) => <ContactRow key={row.key} contact={contact} row={row} />}
        isPending={query.isPending}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        fetchNextPage={query.fetchNextPage}
        estimate={{ desktop: 53, phone: 90 }}
        empty={
          <Stack align="center" gap="xs" py="xl">
            <Text fw={600}>
              {search.q || search.archived ? t('contacts.emptyFiltered') : t('contacts.empty')}
            </Text>
          </Stack>
        }
        header={
          <>
            <SortHeader column="name" sort={sort} order={order} onSort={onSort} className={classes.cell}>
              {t('fields.name')}
            </SortHeader>
            <HeadCell className={cx(classes.cell)}>{t('fields.jobTitle')}</HeadCell>
            <HeadCell className={cx(classes.cell, classes.lg)}>{t('fields.department')}</HeadCell>
            <HeadCell className={cx(classes.cell)}>{t('fields.accounts')}</HeadCell>
            <HeadCell className={cx(classes.cell, classes.md)}>{t('fields.email')}</HeadCell>
            <HeadCell className={cx(classes.cell, classes.lg)}>{t('fields.phone')}</HeadCell>
            <SortHeader
              column="updatedAt"
              sort={sort}
              order={order}
              onSort={onSort}
              className={cx(classes.cell, classes.xl)}
            >
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

function ContactRow({ contact, row }: { contact: Contact; row: RowProps }) {
  const navigate = useNavigate();
  return (
    // The name cell holds the keyboard-accessible link; a click anywhere on the row is a pointer shortcut.
    <tr
      ref={row.ref}
      data-index={row['data-index']}
      className={row.className}
      style={row.style}
      data-testid="contact-row"
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a')) return;
        void navigate({ to: '/contacts/$contactId', params: { contactId: contact.id } });
      }}
    >
      <ContactCells contact={contact} />
    </tr>
  );
}

/** The cells re-render only when the record changes, not on every scroll frame. */
const ContactCells = memo(function ContactCells({ contact }: { contact: Contact }) {
  const format = useFormat();
  return (
    <>
      <td className={cx(classes.cell, classes.nameCell)}>
        <Link to="/contacts/$contactId" params={{ contactId: contact.id }} className={classes.rowLink}>
          {contactName(contact)}
        </Link>
        {contact.archivedAt ? (
          <span style={{ marginLeft: 8 }}>
            <ArchivedBadge />
          </span>
        ) : null}
      </td>
      <td className={cx(classes.cell, classes.muted)}>{contact.jobTitle ?? '–'}</td>
      <td className={cx(classes.cell, classes.lg)}>{contact.department ?? '–'}</td>
      <td className={classes.cell}>{contact.accounts.map((account) => account.name).join(', ') || '–'}</td>
      <td className={cx(classes.cell, classes.md)}>{contact.email ?? '–'}</td>
      <td className={cx(classes.cell, classes.lg)}>{contact.phones[0]?.number ?? '–'}</td>
      <td className={cx(classes.cell, classes.xl, classes.muted)}>{format.date(contact.updatedAt)}</td>
    </>
  );
});
