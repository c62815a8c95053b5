import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { PageLoader } from './components/page-loader.tsx';
import { RouteError } from './components/route-error.tsx';
import { accountRoute } from './routes/account.tsx';
import { accountEditRoute } from './routes/account-edit.tsx';
import { accountNewRoute } from './routes/account-new.tsx';
import { accountsRoute } from './routes/accounts.tsx';
import { appRoute, indexRoute } from './routes/app.tsx';
import { contactRoute } from './routes/contact.tsx';
import { contactCadenceRoute } from './routes/contact-cadence.tsx';
import { contactEditRoute } from './routes/contact-edit.tsx';
import { contactNewRoute } from './routes/contact-new.tsx';
import { contactsRoute } from './routes/contacts.tsx';
import { importRoute } from './routes/import.tsx';
import { importJobRoute } from './routes/import-job.tsx';
import { loginRoute } from './routes/login.tsx';
import { nextStepsRoute } from './routes/next-steps.tsx';
import {
  abcRoute,
  keyAccountsRoute,
  matrixRoute,
  portfolioIndexRoute,
  portfolioRoute,
} from './routes/portfolio.tsx';
import { rootRoute } from './routes/root.tsx';
import { settingsIndexRoute, settingsRoute } from './routes/settings.tsx';
import { settingsIndustriesRoute } from './routes/settings-industries.tsx';
import { settingsProfileRoute } from './routes/settings-profile.tsx';
import { settingsRelationshipsRoute } from './routes/settings-relationships.tsx';
import { settingsSessionsRoute } from './routes/settings-sessions.tsx';
import { settingsTokensRoute } from './routes/settings-tokens.tsx';
import { settingsUserRoute } from './routes/settings-user.tsx';
import { settingsUsersRoute } from './routes/settings-users.tsx';
import { setupRoute } from './routes/setup.tsx';
import { visitRoute } from './routes/visit.tsx';

const routeTree = rootRoute.addChildren([
  setupRoute,
  loginRoute,
  appRoute.addChildren([
    indexRoute,
    accountsRoute,
    accountNewRoute,
    accountRoute,
    accountEditRoute,
    contactsRoute,
    contactNewRoute,
    contactRoute,
    contactEditRoute,
    nextStepsRoute,
    contactCadenceRoute,
    visitRoute,
    importRoute,
    importJobRoute,
    portfolioRoute.addChildren([portfolioIndexRoute, abcRoute, keyAccountsRoute, matrixRoute]),
    settingsRoute.addChildren([
      settingsIndexRoute,
      settingsProfileRoute,
      settingsSessionsRoute,
      settingsTokensRoute,
      settingsUsersRoute,
      settingsUserRoute,
      settingsIndustriesRoute,
      settingsRelationshipsRoute,
    ]),
  ]),
]);

/** Plain `?q=mueller&sort=city` URLs (the default would JSON-quote values such as "true"). */
function parseSearch(search: string): Record<string, unknown> {
  return Object.fromEntries(new URLSearchParams(search.startsWith('?') ? search.slice(1) : search));
}

function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    defaultPreload: 'intent',
    // Loaders read through TanStack Query, which decides about freshness.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PageLoader,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
