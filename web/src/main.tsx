import '@mantine/core/styles.css';
import './i18n/i18n.ts';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from './api/problem.ts';
import { ThemeProvider } from './components/theme-provider.tsx';
import { createAppRouter } from './router.ts';

/** The session ended (expired, signed out elsewhere): back to the sign-in page, then back here. */
function onSessionLost(error: Error) {
  const { pathname, href } = router.state.location;
  if (!isApiError(error, 'unauthenticated') || pathname.startsWith('/login') || pathname.startsWith('/setup'))
    return;
  queryClient.clear();
  void router.navigate({ to: '/login', search: { redirect: href } });
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onSessionLost }),
  mutationCache: new MutationCache({ onError: onSessionLost }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failureCount, error) =>
        !(isApiError(error) && error.status > 0 && error.status < 500) && failureCount < 2,
    },
  },
});

const router = createAppRouter(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');

createRoot(root).render(
  <StrictMode>
    <ThemeProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ThemeProvider>
  </StrictMode>,
);
