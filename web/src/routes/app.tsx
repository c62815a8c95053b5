import { createRoute, redirect } from '@tanstack/react-router';
import { isApiError } from '../api/problem.ts';
import { meQuery, setupQuery } from '../api/session.ts';
import { AppLayout } from '../components/app-layout.tsx';
import { MyDayPage } from '../features/engage/my-day/my-day-page.tsx';
import { validateTeamSearch } from '../features/engage/relationships/team-scope.tsx';
import { applyLocale } from '../i18n/i18n.ts';
import { rootRoute } from './root.tsx';

/** The signed-in area: everything below needs a session. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      const me = await context.queryClient.ensureQueryData(meQuery);
      await applyLocale(me.user.locale);
      return { me };
    } catch (error) {
      if (!isApiError(error, 'unauthenticated')) throw error;
      const setup = await context.queryClient
        .fetchQuery({ ...setupQuery, staleTime: 0 })
        .catch(() => ({ needed: false }));
      if (setup.needed) throw redirect({ to: '/setup' });
      const target = location.href === '/' ? undefined : location.href;
      throw redirect({ to: '/login', search: target ? { redirect: target } : {} });
    }
  },
  component: AppLayout,
});

/** "Mein Tag": everyone's start page after signing in. */
export const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  validateSearch: validateTeamSearch,
  component: MyDayPage,
});
