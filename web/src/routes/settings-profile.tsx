import { Stack } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../api/session.ts';
import { SettingsPage } from '../components/settings-page.tsx';
import { CalendarFeedCard } from '../features/engage/calendar-feed/calendar-feed-card.tsx';
import { PasswordCard } from '../features/platform/profile/password-card.tsx';
import { ProfileCard } from '../features/platform/profile/profile-card.tsx';
import { settingsRoute } from './settings.tsx';

export const settingsProfileRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/profile',
  component: ProfilePage,
});

function ProfilePage() {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQuery);
  return (
    <SettingsPage title={t('settings.profile')} subtitle={t('profile.subtitle')}>
      <Stack gap="md">
        <ProfileCard user={me.user} />
        <PasswordCard email={me.user.email} />
        <CalendarFeedCard />
      </Stack>
    </SettingsPage>
  );
}
