import { createRoute, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { validatePortfolioSearch } from '../features/identify/portfolio/portfolio-search.ts';
import { validateMatrixSearch } from '../features/identify/selection-matrix/matrix-search.ts';
import { requirePermission } from '../features/platform/auth/require-permission.ts';
import { appRoute } from './app.tsx';

/** Portfolio: the ABC analysis, the key accounts and the selection matrix, for those who may see revenue figures. */
export const portfolioRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portfolio',
  beforeLoad: ({ context }) => requirePermission(context.me, 'portfolio:read'),
  component: Outlet,
});

export const portfolioIndexRoute = createRoute({
  getParentRoute: () => portfolioRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/portfolio/abc' });
  },
});

export const abcRoute = createRoute({
  getParentRoute: () => portfolioRoute,
  path: '/abc',
  validateSearch: validatePortfolioSearch,
  component: lazyRouteComponent(() => import('../features/identify/portfolio/abc-page.tsx'), 'AbcPage'),
});

export const keyAccountsRoute = createRoute({
  getParentRoute: () => portfolioRoute,
  path: '/key-accounts',
  validateSearch: validatePortfolioSearch,
  component: lazyRouteComponent(
    () => import('../features/identify/key-accounts/key-accounts-page.tsx'),
    'KeyAccountsPage',
  ),
});

export const matrixRoute = createRoute({
  getParentRoute: () => portfolioRoute,
  path: '/matrix',
  validateSearch: validateMatrixSearch,
  component: lazyRouteComponent(
    () => import('../features/identify/selection-matrix/matrix-page.tsx'),
    'MatrixPage',
  ),
});
