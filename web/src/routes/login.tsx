import { createRoute, redirect } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { setupQuery } from '../api/session.ts';
import { AuthCard } from '../features/platform/auth/auth-card.tsx';
import { LoginForm } from '../features/platform/auth/login-form.tsx';
import { rootRoute } from './root.tsx';

interface LoginSearch {
  redirect?: string;
}

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): LoginSearch =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  beforeLoad: async ({ context }) => {
    const setup = await context.queryClient.fetchQuery(setupQuery).catch(() => ({ needed: false }));
    if (setup.needed) throw redirect({ to: '/setup' });
  },
  component: LoginPage,
});

function LoginPage() {
  const { t } = useTranslation();
  const { redirect: redirectTo } = loginRoute.useSearch();
  return (
    <AuthCard title={t('login.title')} subtitle={t('login.subtitle')}>
      <LoginForm redirectTo={redirectTo} />
    </AuthCard>
  );
}
