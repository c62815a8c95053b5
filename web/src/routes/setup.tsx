import { createRoute, redirect } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { setupQuery } from '../api/session.ts';
import { AuthCard } from '../features/platform/auth/auth-card.tsx';
import { SetupForm } from '../features/platform/onboarding/setup-form.tsx';
import { rootRoute } from './root.tsx';

export const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  beforeLoad: async ({ context }) => {
    const setup = await context.queryClient.fetchQuery({ ...setupQuery, staleTime: 0 });
    if (!setup.needed) throw redirect({ to: '/login', search: {} });
  },
  component: SetupPage,
});

function SetupPage() {
  const { t } = useTranslation();
  return (
    <AuthCard title={t('setup.title')} subtitle={t('setup.subtitle')} width={480}>
      <SetupForm />
    </AuthCard>
  );
}
