import { Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { contactListQuery } from '../../../api/contacts.ts';
import type { Contact } from '../../../api/types.ts';
import classes from '../../../components/data-table.module.css';
import { LinkedRow, NameCell } from '../../../components/record-row.tsx';
import { RecordTable } from '../../../components/record-table.tsx';
import { HeadCell, SortHeader, sortControl } from '../../../components/sort-header.tsx';
import { cx } from '../../../components/virtual-table.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { contactName } from './contact-name.ts';
import { type ContactSort, contactFilters } from './contact-search.ts';
import columns from './contacts-table.module.css';
import { useContactSearch } from './use-contact-search.ts';

export function ContactsTable() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search, update } = useContactSearch();
  const filters = contactFilters(search);
  const query = useInfiniteQuery(contactListQuery(filters));
  const sortProps = sortControl(filters.sort as ContactSort, filters.order ?? 'asc', 'name', update);

  return (
    <RecordTable
      query={query}
      label={t('contacts.tableLabel')}
      columnsClass={columns.columns ?? ''}
      getKey={(contact) => contact.id}
      renderRow={(contact, row) => (
        <LinkedRow
          key={row.key}
          row={row}
          testId="contact-row"
          onOpen={() => void navigate({ to: '/contacts/$contactId', params: { contactId: contact.id } })}
        >
          <ContactCells contact={contact} />
        </LinkedRow>
      )}
      estimate={{ desktop: 53, phone: 90 }}
      empty={
        <Stack align="center" gap="xs" py="xl">
          <Text fw={600}>
            {search.q || search.archived ? t('contacts.emptyFiltered') : t('contacts.empty')}
          </Text>
        </Stack>
      }
      loadedText={(count, more) =>
        more ? t('contacts.loadedMore', { count }) : t('contacts.loadedAll', { count })
      }
      header={
        <>
          <SortHeader column="name" {...sortProps} className={classes.cell}>
            {t('fields.name')}
          </SortHeader>
          <HeadCell className={cx(classes.cell)}>{t('fields.jobTitle')}</HeadCell>
          <HeadCell className={cx(classes.cell, classes.lg)}>{t('fields.department')}</HeadCell>
          <HeadCell className={cx(classes.cell)}>{t('fields.accounts')}</HeadCell>
          <HeadCell className={cx(classes.cell, classes.md)}>{t('fields.email')}</HeadCell>
          <HeadCell className={cx(classes.cell, classes.lg)}>{t('fields.phone')}</HeadCell>
          <SortHeader column="updatedAt" {...sortProps} className={cx(classes.cell, classes.xl)}>
            {t('fields.updatedAt')}
          </SortHeader>
        </>
      }
    />
  );
}

/** The cells re-render only when the record changes, not on every scroll frame. */
const ContactCells = memo(function ContactCells({ contact }: { contact: Contact }) {
  const format = useFormat();
  return (
    <>
      <NameCell
        archived={contact.archivedAt !== null}
        link={
          <Link to="/contacts/$contactId" params={{ contactId: contact.id }} className={classes.rowLink}>
            {contactName(contact)}
          </Link>
        }
      />
      <td className={cx(classes.cell, classes.muted)}>{contact.jobTitle ?? '–'}</td>
      <td className={cx(classes.cell, classes.lg)}>{contact.department ?? '–'}</td>
      <td className={classes.cell}>{contact.accounts.map((account) => account.name).join(', ') || '–'}</td>
      <td className={cx(classes.cell, classes.md)}>{contact.email ?? '–'}</td>
      <td className={cx(classes.cell, classes.lg)}>{contact.phones[0]?.number ?? '–'}</td>
      <td className={cx(classes.cell, classes.xl, classes.muted)}>{format.date(contact.updatedAt)}</td>
    </>
  );
});
