import { useTranslation } from 'react-i18next';
import { SectionNav } from '../../../components/section-nav.tsx';
import { type PermissionName, useCan } from '../auth/use-permissions.ts';

const sections = [
  { to: '/settings/profile', label: 'settings.profile' },
  { to: '/settings/sessions', label: 'settings.sessions' },
  { to: '/settings/tokens', label: 'settings.tokens' },
  { to: '/settings/users', label: 'settings.users', permission: 'users:manage' },
  { to: '/settings/industries', label: 'settings.industries', permission: 'industries:manage' },
  { to: '/settings/contact-cadence', label: 'settings.cadence', permission: 'relationships:configure' },
] as const satisfies readonly { to: string; label: string; permission?: PermissionName }[];

/** "Einstellungen" in the main navigation; its sections unfold while one of them is open. */
export function SettingsNav({ pathname }: { pathname: string }) {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <SectionNav
      to="/settings"
      label={t('nav.settings')}
      prefix="/settings"
      pathname={pathname}
      sections={sections
        .filter((section) => !('permission' in section) || can(section.permission))
        .map((section) => ({ to: section.to, label: t(section.label) }))}
    />
  );
}
