import { createRoute } from '@tanstack/react-router';
import { requirePermission } from '../features/auth/require-permission.ts';
import { OverduePage } from '../features/contact-cadence/overdue-page.tsx';
import { validateTeamSearch } from '../features/relationships/team-scope.tsx';
import { appRoute } from './app.tsx';

/** The overdue contacts of the key accounts. */
export const contactCadenceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contact-cadence',
  validateSearch: validateTeamSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'relationships:read'),
  component: OverduePage,
});
