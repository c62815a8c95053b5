import { createRoute } from '@tanstack/react-router';
import { requirePermission } from '../features/auth/require-permission.ts';
import { OverduePage, validateOverdueSearch } from '../features/contact-cadence/overdue-page.tsx';
import { appRoute } from './app.tsx';

/** The overdue contacts of the key accounts. */
export const contactCadenceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contact-cadence',
  validateSearch: validateOverdueSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'relationships:read'),
  component: OverduePage,
});
