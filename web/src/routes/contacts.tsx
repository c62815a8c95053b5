import { Group, Paper, SegmentedControl } from '@mantine/core';
import { createRoute } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../components/links.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { SearchInput } from '../components/search-input.tsx';
import { useCan } from '../features/auth/use-permissions.ts';
import { type ContactSearch, validateContactSearch } from '../features/contacts/contact-search.ts';
import { ContactsTable } from '../features/contacts/contacts-table.tsx';
import { useContactSearch } from '../features/contacts/use-contact-search.ts';
import { appRoute } from './app.tsx';

export const contactsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contacts',
  validateSearch: validateContactSearch,
  component: ContactsPage,
});

function ContactsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { search, update } = useContactSearch();
  const onSearch = useCallback((q: string) => update({ q }), [update]);
  return (
    <>
      <PageHeader
        title={t('contacts.title')}
        subtitle={t('contacts.subtitle')}
        actions={
          can('contacts:write') ? <ButtonLink to="/contacts/new">{t('contacts.new')}</ButtonLink> : null
        }
      />
      <Paper withBorder radius="md" p="sm" mb="md">
        <Group gap="sm" wrap="wrap">
          <SearchInput
            label={t('contacts.search')}
            placeholder={t('contacts.searchPlaceholder')}
            value={search.q ?? ''}
            onChange={onSearch}
          />
          <SegmentedControl
            aria-label={t('accounts.archivedFilter')}
            value={search.archived ?? 'false'}
            onChange={(value) =>
              update({ archived: value === 'false' ? undefined : (value as ContactSearch['archived']) })
            }
            data={[
              { value: 'false', label: t('accounts.archivedActive') },
              { value: 'true', label: t('accounts.archivedOnly') },
              { value: 'all', label: t('common.all') },
            ]}
          />
        </Group>
      </Paper>
      <ContactsTable />
    </>
  );
}
