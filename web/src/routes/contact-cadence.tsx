import { createRoute } from '@tanstack/react-router';
import { OverduePage } from '../features/engage/contact-cadence/overdue-page.tsx';
import { validateTeamSearch } from '../features/engage/relationships/team-scope.tsx';
import { requirePermission } from '../features/platform/auth/require-permission.ts';
import { appRoute } from './app.tsx';

/** The overdue contacts of the key accounts. */
export const contactCadenceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contact-cadence',
  validateSearch: validateTeamSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'relationships:read'),
  component: OverduePage,
});
