import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SettingsPage } from '../components/settings-page.tsx';
import { IndustriesCard } from '../features/know/industries/industries-card.tsx';
import { requirePermission } from '../features/platform/auth/require-permission.ts';
import { settingsRoute } from './settings.tsx';

export const settingsIndustriesRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/industries',
  beforeLoad: ({ context }) => requirePermission(context.me, 'industries:manage'),
  component: function IndustriesPage() {
    const { t } = useTranslation();
    return (
      <SettingsPage title={t('settings.industries')} subtitle={t('industries.subtitle')} width={1040}>
        <IndustriesCard />
      </SettingsPage>
    );
  },
});
