import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SettingsPage } from '../components/settings-page.tsx';
import { CadenceSettingsCard } from '../features/engage/contact-cadence/cadence-settings-card.tsx';
import { requirePermission } from '../features/platform/auth/require-permission.ts';
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
