import { useTranslation } from 'react-i18next';
import { RouterNavLink } from '../../components/links.tsx';
import { type PermissionName, useCan } from '../auth/use-permissions.ts';

const sections = [
  { to: '/settings/profile', label: 'settings.profile' },
  { to: '/settings/sessions', label: 'settings.sessions' },
  { to: '/settings/tokens', label: 'settings.tokens' },
  { to: '/settings/users', label: 'settings.users', permission: 'users:manage' },
  { to: '/settings/industries', label: 'settings.industries', permission: 'industries:manage' },
] as const satisfies readonly { to: string; label: string; permission?: PermissionName }[];

/** "Einstellungen" in the main navigation; its sections unfold while one of them is open. */
export function SettingsNav({ pathname }: { pathname: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const inSettings = pathname.startsWith('/settings');
  return (
    // Opens the first section; only the section itself is marked as the current page.
    <RouterNavLink
      to="/settings"
      activeOptions={{ exact: true }}
      label={t('nav.settings')}
      opened={inSettings}
      childrenOffset="md"
    >
      {sections
        .filter((section) => !('permission' in section) || can(section.permission))
        .map((section) => (
          <RouterNavLink
            key={section.to}
            to={section.to}
            label={t(section.label)}
            active={pathname.startsWith(section.to)}
          />
        ))}
    </RouterNavLink>
  );
}
