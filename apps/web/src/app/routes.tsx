import type { RouteObject } from 'react-router';
import { RequireViewer } from '../features/auth/components/RequireViewer';
import { AppLayout } from '../features/layout/components/AppLayout';
import { NotFoundPage } from '../features/layout/components/NotFoundPage';
import { RouteError } from '../features/layout/components/RouteError';
import { Loading } from '../shared/components/Loading';

// Every page is its own chunk; only the shell (layout, auth state, Apollo, i18n) is in the initial bundle.
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../features/auth/components/LandingPage')).LandingPage }) },
      {
        path: 'registrieren',
        lazy: async () => ({ Component: (await import('../features/auth/components/RegisterPage')).RegisterPage }),
      },
      { path: 'impressum', lazy: async () => ({ Component: (await import('../features/legal/components/LegalPage')).ImpressumPage }) },
      {
        path: 'datenschutz',
        lazy: async () => ({ Component: (await import('../features/legal/components/LegalPage')).DatenschutzPage }),
      },
      {
        path: 'barrierefreiheit',
        lazy: async () => ({ Component: (await import('../features/legal/components/LegalPage')).BarrierefreiheitPage }),
      },
      {
        element: <RequireViewer />,
        children: [
          { path: 'bereiche', lazy: async () => ({ Component: (await import('../features/boards/components/BoardsPage')).BoardsPage }) },
          {
            path: 'bereiche/:slug',
            lazy: async () => ({ Component: (await import('../features/boards/components/BoardPage')).BoardPage }),
          },
          {
            path: 'themen/:topicId',
            lazy: async () => ({ Component: (await import('../features/topics/components/TopicPage')).TopicPage }),
          },
          {
            path: 'themen/:topicId/neue-frage',
            lazy: async () => ({ Component: (await import('../features/threads/components/NewThreadPage')).NewThreadPage }),
          },
          {
            path: 'fragen/:threadId',
            lazy: async () => ({ Component: (await import('../features/threads/components/ThreadPage')).ThreadPage }),
          },
          { path: 'profil', lazy: async () => ({ Component: (await import('../features/profile/components/ProfilePage')).ProfilePage }) },
          {
            path: 'nutzer/:userId',
            lazy: async () => ({ Component: (await import('../features/profile/components/UserPage')).UserPage }),
          },
          {
            element: <RequireViewer role="MODERATOR" />,
            children: [
              {
                path: 'moderation/freischaltungen',
                lazy: async () => ({ Component: (await import('../features/moderation/components/ApprovalsPage')).ApprovalsPage }),
              },
            ],
          },
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];
