import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ViewerProvider } from '@/features/auth/components/ViewerProvider';
import { RealtimeProvider } from '@/features/realtime/components/RealtimeProvider';
import { loadSocket, type SocketFactory } from '@/features/realtime/lib/realtime-socket';
import { createApolloClient } from './apollo-client';
import { provideRouteData } from './route-data';
import { routes } from './routes';

export type AppRouter = ReturnType<typeof createBrowserRouter>;

/** The app's router; its loaders start the first page's queries at once (see route-data.ts). */
export function createAppRouter(client: ApolloClient): AppRouter {
  // Loaders may run while createBrowserRouter still initialises: until then it is the first load.
  let router: AppRouter | undefined = undefined;
  provideRouteData(client, () => !router?.state.initialized);
  router = createBrowserRouter(routes);
  return router;
}

/** Resolves once the router has rendered its first page and the browser has a moment to spare. */
function afterFirstPage(router: AppRouter): Promise<void> {
  return new Promise((resolve) => {
    const idle = () =>
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(() => resolve(), { timeout: 1000 })
        : window.setTimeout(resolve, 0);
    if (router.state.initialized) return idle();
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      idle();
    });
  });
}

export function App({ client, router }: { client?: ApolloClient; router?: AppRouter }) {
  const [apollo] = useState(() => client ?? createApolloClient());
  const [appRouter] = useState(() => router ?? createAppRouter(apollo));
  // The socket (and its chunk) waits for the first page: it competes with nothing the page needs.
  const [socketFactory] = useState<SocketFactory>(() => () => afterFirstPage(appRouter).then(loadSocket));
  return (
    <ApolloProvider client={apollo}>
      <ViewerProvider>
        <RealtimeProvider socketFactory={socketFactory}>
          <RouterProvider router={appRouter} />
        </RealtimeProvider>
      </ViewerProvider>
    </ApolloProvider>
  );
}
