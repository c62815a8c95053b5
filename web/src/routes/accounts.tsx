import { Group } from '@mantine/core';
import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../components/links.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { AccountFilters } from '../features/know/accounts/account-filters.tsx';
import { validateAccountSearch } from '../features/know/accounts/account-search.ts';
import { AccountsExport } from '../features/know/accounts/accounts-export.tsx';
import { AccountsTable } from '../features/know/accounts/accounts-table.tsx';
import { useCan } from '../features/platform/auth/use-permissions.ts';
import { appRoute } from './app.tsx';

export const accountsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/accounts',
  validateSearch: validateAccountSearch,
  component: AccountsPage,
});

function AccountsPage() {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        subtitle={t('accounts.subtitle')}
        actions={
          <Group gap="xs">
            <AccountsExport />
            {can('accounts:write') ? <ButtonLink to="/accounts/new">{t('accounts.new')}</ButtonLink> : null}
          </Group>
        }
      />
      <AccountFilters />
      <AccountsTable />
    </>
  );
}
