import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createCache } from '@/app/apollo-client';
import { ViewerContext, type ViewerState } from '@/features/auth/lib/viewer-context';
import { RealtimeProvider } from '@/features/realtime/components/RealtimeProvider';
import type { FakeSocket } from './fake-socket';

interface Options {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  route?: string;
  path?: string;
  viewer?: ViewerState['viewer'];
  extraRoutes?: RouteObject[];
  /** Wraps the UI in the RealtimeProvider with this fake socket (needs a viewer). */
  socket?: FakeSocket;
}

/** Renders a component inside Apollo's MockedProvider (the network test double) and a memory router. */
export function renderWithProviders(
  ui: ReactElement,
  options: Options = {},
): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const { mocks = [], route = '/', path = '/', viewer = null, extraRoutes = [], socket } = options;
  const router = createMemoryRouter(
    [{ path, element: ui }, ...extraRoutes, { path: '*', element: <p>other route</p> }],
    { initialEntries: [route] },
  );
  const result = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerContext.Provider value={{ viewer, loading: false, failed: false }}>
        {socket ? (
          <RealtimeProvider socketFactory={() => Promise.resolve(socket)}>
            <RouterProvider router={router} />
          </RealtimeProvider>
        ) : (
          <RouterProvider router={router} />
        )}
      </ViewerContext.Provider>
    </MockedProvider>,
  );
  return { ...result, router };
}

export function graphQLError(code: string, message = code, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}
