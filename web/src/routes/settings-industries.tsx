import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SettingsPage } from '../components/settings-page.tsx';
import { requirePermission } from '../features/auth/require-permission.ts';
import { IndustriesCard } from '../features/industries/industries-card.tsx';
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
