import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SettingsPage } from '../components/settings-page.tsx';
import { requirePermission } from '../features/platform/auth/require-permission.ts';
import { UserFilters } from '../features/platform/users/user-filters.tsx';
import { UserInviteDialog } from '../features/platform/users/user-invite-dialog.tsx';
import { validateUserSearch } from '../features/platform/users/user-search.ts';
import { UsersTable } from '../features/platform/users/users-table.tsx';
import { settingsRoute } from './settings.tsx';

export const settingsUsersRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/users',
  validateSearch: validateUserSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'users:manage'),
  component: UsersPage,
});

function UsersPage() {
  const { t } = useTranslation();
  const [inviting, { open, close }] = useDisclosure(false);
  return (
    <SettingsPage
      title={t('settings.users')}
      subtitle={t('users.subtitle')}
      actions={<Button onClick={open}>{t('users.invite')}</Button>}
      width={1200}
    >
      <UserFilters />
      <UsersTable />
      <UserInviteDialog opened={inviting} onClose={close} />
    </SettingsPage>
  );
}
