import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { visitQuery } from '../api/visits.ts';
import { PageLoader } from '../components/page-loader.tsx';
import { RouteError } from '../components/route-error.tsx';
import { appRoute } from './app.tsx';

/** A visit's page: loaded when first opened (the upload brings the dropzone along). */
export const visitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/visits/$visitId',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(visitQuery(params.visitId)),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
  component: lazyRouteComponent(() => import('../features/engage/visits/visit-page.tsx'), 'VisitPage'),
});
