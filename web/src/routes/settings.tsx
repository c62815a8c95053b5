import { createRoute, Outlet, redirect } from '@tanstack/react-router';
import { appRoute } from './app.tsx';

/** Settings: my profile, sessions and tokens for everyone; users and industries by permission. */
export const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  component: Outlet,
});

export const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/settings/profile' });
  },
});
