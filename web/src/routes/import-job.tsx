import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { importQuery } from '../api/imports.ts';
import { PageLoader } from '../components/page-loader.tsx';
import { RouteError } from '../components/route-error.tsx';
import { requirePermission } from '../features/platform/auth/require-permission.ts';
import { appRoute } from './app.tsx';

/** One import by its id: polled while it runs, so it survives leaving the page. */
export const importJobRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/import/$importId',
  beforeLoad: ({ context }) => requirePermission(context.me, 'imports:run'),
  loader: ({ context, params }) => context.queryClient.ensureQueryData(importQuery(params.importId)),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
  component: lazyRouteComponent(
    () => import('../features/identify/imports/import-job-page.tsx'),
    'ImportJobPage',
  ),
});
