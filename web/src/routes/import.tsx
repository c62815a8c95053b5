import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requirePermission } from '../features/platform/auth/require-permission.ts';
import { appRoute } from './app.tsx';

/** Revenue import: for those who may bring revenue data in (admins, heads of sales). */
export const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/import',
  beforeLoad: ({ context }) => requirePermission(context.me, 'imports:run'),
  component: lazyRouteComponent(() => import('../features/identify/imports/import-page.tsx'), 'ImportPage'),
});
