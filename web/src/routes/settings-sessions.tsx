import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SettingsPage } from '../components/settings-page.tsx';
import { SessionsList } from '../features/platform/sessions/sessions-list.tsx';
import { settingsRoute } from './settings.tsx';

export const settingsSessionsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/sessions',
  component: function SessionsPage() {
    const { t } = useTranslation();
    return (
      <SettingsPage title={t('settings.sessions')} subtitle={t('sessions.subtitle')}>
        <SessionsList />
      </SettingsPage>
    );
  },
});
