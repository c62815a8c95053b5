import { Group } from '@mantine/core';
import { createRoute } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchivedFilter } from '../components/archived-filter.tsx';
import { ExportButtons } from '../components/export-buttons.tsx';
import { FilterBar } from '../components/filter-bar.tsx';
import { ButtonLink } from '../components/links.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { SearchInput } from '../components/search-input.tsx';
import { contactFilters, validateContactSearch } from '../features/know/contacts/contact-search.ts';
import { ContactsTable } from '../features/know/contacts/contacts-table.tsx';
import { useContactSearch } from '../features/know/contacts/use-contact-search.ts';
import { useCan } from '../features/platform/auth/use-permissions.ts';
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
          <Group gap="xs">
            <ExportButtons
              path="/contacts/export"
              query={{ ...contactFilters(search) }}
              what={t('contacts.title')}
            />
            {can('contacts:write') ? <ButtonLink to="/contacts/new">{t('contacts.new')}</ButtonLink> : null}
          </Group>
        }
      />
      <FilterBar>
        <SearchInput
          label={t('contacts.search')}
          placeholder={t('contacts.searchPlaceholder')}
          value={search.q ?? ''}
          onChange={onSearch}
        />
        <ArchivedFilter value={search.archived} onChange={(archived) => update({ archived })} />
      </FilterBar>
      <ContactsTable />
    </>
  );
}
