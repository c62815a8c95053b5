import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SettingsPage } from '../components/settings-page.tsx';
import { TokensCard } from '../features/platform/tokens/tokens-card.tsx';
import { settingsRoute } from './settings.tsx';

export const settingsTokensRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/tokens',
  component: function TokensPage() {
    const { t } = useTranslation();
    return (
      <SettingsPage title={t('settings.tokens')} subtitle={t('tokens.subtitle')} width={1040}>
        <TokensCard />
      </SettingsPage>
    );
  },
});
