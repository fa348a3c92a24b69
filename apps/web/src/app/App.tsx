import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ViewerProvider } from '../features/auth/hooks/ViewerProvider';
import { RealtimeProvider } from '../features/realtime/components/RealtimeProvider';
import { loadSocket, type SocketFactory } from '../features/realtime/hooks/realtime-socket';
import { createApolloClient } from './apollo-client';
import { createRoutes } from './routes';

type Router = ReturnType<typeof createBrowserRouter>;

/** Resolves once the router has rendered its first page and the browser has a moment to spare. */
function afterFirstPage(router: Router): Promise<void> {
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

export function App({ client }: { client?: ApolloClient }) {
  const [apollo] = useState(() => client ?? createApolloClient());
  const [router] = useState(() => {
    // Loaders may run while createBrowserRouter still initialises: until then it is the first load.
    let created: Router | undefined = undefined;
    created = createBrowserRouter(createRoutes(apollo, () => !created?.state.initialized));
    return created;
  });
  // The socket (and its chunk) waits for the first page: it competes with nothing the page needs.
  const [socketFactory] = useState<SocketFactory>(() => () => afterFirstPage(router).then(loadSocket));
  return (
    <ApolloProvider client={apollo}>
      <ViewerProvider>
        <RealtimeProvider socketFactory={socketFactory}>
          <RouterProvider router={router} />
        </RealtimeProvider>
      </ViewerProvider>
    </ApolloProvider>
  );
}
