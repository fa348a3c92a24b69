import { Navigate, type RouteObject } from 'react-router';

// /verwaltung (ADMIN only; AdminLayout redirects everyone else). Every page is its own chunk.
export const adminRoutes: RouteObject[] = [
  {
    path: 'verwaltung',
    lazy: async () => ({ Component: (await import('./components/AdminLayout')).AdminLayout }),
    children: [
      { index: true, element: <Navigate to="/verwaltung/bereiche" replace /> },
      {
        path: 'bereiche',
        lazy: async () => ({
          Component: (await import('@/features/boards/components/BoardsAdminPage')).BoardsAdminPage,
        }),
      },
      {
        path: 'bereiche/:slug',
        lazy: async () => ({
          Component: (await import('@/features/boards/components/BoardAdminPage')).BoardAdminPage,
        }),
      },
      {
        path: 'bereiche/:slug/themen/neu',
        lazy: async () => ({
          Component: (await import('@/features/topics/components/TopicFormPage')).NewTopicPage,
        }),
      },
      {
        path: 'themen/:topicId',
        lazy: async () => ({
          Component: (await import('@/features/topics/components/TopicFormPage')).EditTopicPage,
        }),
      },
      {
        path: 'suchbegriffe',
        lazy: async () => ({
          Component: (await import('@/features/search/components/SynonymsAdminPage')).SynonymsAdminPage,
        }),
      },
      {
        path: 'e-mail-domains',
        lazy: async () => ({
          Component: (await import('@/features/auth/components/EmailDomainsPage')).EmailDomainsPage,
        }),
      },
      {
        path: 'identitaetsanbieter',
        lazy: async () => ({
          Component: (await import('@/features/auth/components/IdentityProvidersPage')).IdentityProvidersPage,
        }),
      },
    ],
  },
];
