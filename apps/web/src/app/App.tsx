import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ViewerProvider } from '../features/auth/hooks/ViewerProvider';
import { RealtimeProvider } from '../features/realtime/components/RealtimeProvider';
import { createApolloClient } from './apollo-client';
import { routes } from './routes';

export function App({ client }: { client?: ApolloClient }) {
  const [apollo] = useState(() => client ?? createApolloClient());
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <ApolloProvider client={apollo}>
      <ViewerProvider>
        <RealtimeProvider>
          <RouterProvider router={router} />
        </RealtimeProvider>
      </ViewerProvider>
    </ApolloProvider>
  );
}
