import type { RouteObject } from 'react-router';

// Signed-in pages of the everyday comforts (the RequireViewer guard is the parent route); each its own chunk.
export const comfortsRoutes: RouteObject[] = [
  {
    path: 'neueste',
    lazy: async () => ({
      Component: (await import('./components/LatestThreadsPage')).LatestThreadsPage,
    }),
  },
  {
    path: 'unbeantwortet',
    lazy: async () => ({
      Component: (await import('./components/LatestThreadsPage')).UnansweredThreadsPage,
    }),
  },
  {
    path: 'merkliste',
    lazy: async () => ({ Component: (await import('./components/BookmarksPage')).BookmarksPage }),
  },
  {
    path: 'einstellungen',
    lazy: async () => ({ Component: (await import('./components/SettingsPage')).SettingsPage }),
  },
];
