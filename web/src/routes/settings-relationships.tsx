import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SettingsPage } from '../components/settings-page.tsx';
import { requirePermission } from '../features/auth/require-permission.ts';
import { CadenceSettingsCard } from '../features/contact-cadence/cadence-settings-card.tsx';
import { settingsRoute } from './settings.tsx';

export const settingsRelationshipsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/contact-cadence',
  beforeLoad: ({ context }) => requirePermission(context.me, 'relationships:configure'),
  component: function CadenceSettingsPage() {
    const { t } = useTranslation();
    return (
      <SettingsPage title={t('settings.cadence')} subtitle={t('cadence.settings.subtitle')}>
        <CadenceSettingsCard />
      </SettingsPage>
    );
  },
});
