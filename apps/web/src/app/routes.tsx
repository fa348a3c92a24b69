import type { RouteObject } from 'react-router';
import { adminRoutes } from '@/features/admin/routes';
import { RequireViewer } from '@/features/auth/components/RequireViewer';
import { AppLayout } from '@/layout/AppLayout';
import { NotFoundPage } from '@/shared/components/NotFoundPage';
import { RouteError } from '@/layout/RouteError';
import { moderationRoutes } from '@/features/moderation/routes';
import { Loading } from '@/shared/components/Loading';
import {
  boardData,
  boardsData,
  prefetching,
  reportData,
  threadData,
  topicData,
  viewerData,
} from './route-data';

// Every page is its own chunk; only the shell (layout, auth state, Apollo, i18n) is in the initial bundle.
// Loaders start the viewer query and the page's data together with the page's chunk (see route-data.ts).
export const routes: RouteObject[] = [
  {
    // Presenter view for the projector: full screen, without the app's header and footer.
    path: 'praesentation',
    loader: prefetching(viewerData),
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    element: <RequireViewer />,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('@/features/activity/components/PresenterPage')).PresenterPage,
        }),
      },
    ],
  },
  {
    element: <AppLayout />,
    loader: prefetching(viewerData),
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('@/pages/landing/LandingPage')).LandingPage,
        }),
      },
      {
        path: 'registrieren',
        lazy: async () => ({
          Component: (await import('@/features/auth/components/RegisterPage')).RegisterPage,
        }),
      },
      {
        path: 'passwort-vergessen',
        lazy: async () => ({
          Component: (await import('@/features/auth/components/ForgotPasswordPage')).ForgotPasswordPage,
        }),
      },
      {
        path: 'passwort-zuruecksetzen',
        lazy: async () => ({
          Component: (await import('@/features/auth/components/ResetPasswordPage')).ResetPasswordPage,
        }),
      },
      {
        path: 'e-mail-bestaetigen',
        lazy: async () => ({
          Component: (await import('@/features/account/components/ConfirmEmailChangePage'))
            .ConfirmEmailChangePage,
        }),
      },
      {
        path: 'impressum',
        lazy: async () => ({
          Component: (await import('@/features/legal/components/LegalPage')).ImpressumPage,
        }),
      },
      {
        path: 'datenschutz',
        lazy: async () => ({
          Component: (await import('@/features/legal/components/LegalPage')).DatenschutzPage,
        }),
      },
      {
        path: 'barrierefreiheit',
        lazy: async () => ({
          Component: (await import('@/features/legal/components/LegalPage')).BarrierefreiheitPage,
        }),
      },
      // BITV 2.0 § 4: explanations in Leichte Sprache and Deutsche Gebärdensprache, also for guests.
      {
        path: 'leichte-sprache',
        lazy: async () => ({
          Component: (await import('@/features/accessibility/components/EasyLanguagePage')).EasyLanguagePage,
        }),
      },
      {
        path: 'gebaerdensprache',
        lazy: async () => ({
          Component: (await import('@/features/accessibility/components/SignLanguagePage')).SignLanguagePage,
        }),
      },
      {
        element: <RequireViewer />,
        children: [
          {
            path: 'bereiche',
            loader: prefetching(boardsData),
            lazy: async () => ({
              Component: (await import('@/features/boards/components/BoardsPage')).BoardsPage,
            }),
          },
          {
            path: 'bereiche/:slug',
            loader: prefetching(boardData),
            lazy: async () => ({
              Component: (await import('@/pages/board/BoardPage')).BoardPage,
            }),
          },
          {
            path: 'themen/:topicId',
            loader: prefetching(topicData),
            lazy: async () => ({
              Component: (await import('@/pages/topic/TopicPage')).TopicPage,
            }),
          },
          {
            path: 'themen/:topicId/steckbrief',
            lazy: async () => ({
              Component: (await import('@/pages/topic/ServiceProfilePage')).ServiceProfilePage,
            }),
          },
          {
            path: 'themen/:topicId/neue-frage',
            lazy: async () => ({
              Component: (await import('@/pages/new-thread/NewThreadPage')).NewThreadPage,
            }),
          },
          {
            path: 'fragen/:threadId',
            loader: prefetching(threadData),
            lazy: async () => ({
              Component: (await import('@/pages/thread/ThreadPage')).ThreadPage,
            }),
          },
          {
            path: 'benachrichtigungen',
            lazy: async () => ({
              Component: (await import('@/features/notifications/components/NotificationsPage'))
                .NotificationsPage,
            }),
          },
          {
            path: 'profil',
            lazy: async () => ({
              Component: (await import('@/features/users/components/ProfilePage')).ProfilePage,
            }),
          },
          {
            path: 'nutzer/:userId',
            lazy: async () => ({
              Component: (await import('@/pages/user/UserPage')).UserPage,
            }),
          },
          {
            path: 'mein-land',
            lazy: async () => ({
              Component: (await import('@/features/land-queue/components/LandQueuePage')).LandQueuePage,
            }),
          },
          {
            path: 'schlagwort/:tagSlug',
            lazy: async () => ({
              Component: (await import('@/pages/tag/TagPage')).TagPage,
            }),
          },
          {
            path: 'meine-fragen',
            lazy: async () => ({
              Component: (await import('@/features/threads/components/MyThreadsPage')).MyThreadsPage,
            }),
          },
          {
            path: 'umsetzungsstand',
            loader: prefetching(reportData),
            lazy: async () => ({
              Component: (await import('@/features/reports/components/ReportPage')).ReportPage,
            }),
          },
          {
            path: 'organisationen/:id',
            lazy: async () => ({
              Component: (await import('@/features/organisations/components/OrganisationPage'))
                .OrganisationPage,
            }),
          },
          {
            path: 'kommunen',
            lazy: async () => ({
              Component: (await import('@/features/organisations/components/KommunenPage')).KommunenPage,
            }),
          },
          {
            path: 'suche',
            lazy: async () => ({
              Component: (await import('@/features/search/components/SearchPage')).SearchPage,
            }),
          },
          {
            path: 'neueste',
            lazy: async () => ({
              Component: (await import('@/features/reading/components/LatestThreadsPage')).LatestThreadsPage,
            }),
          },
          {
            path: 'unbeantwortet',
            lazy: async () => ({
              Component: (await import('@/features/reading/components/LatestThreadsPage'))
                .UnansweredThreadsPage,
            }),
          },
          {
            path: 'merkliste',
            lazy: async () => ({
              Component: (await import('@/features/bookmarks/components/BookmarksPage')).BookmarksPage,
            }),
          },
          {
            path: 'einstellungen',
            lazy: async () => ({
              Component: (await import('@/pages/settings/SettingsPage')).SettingsPage,
            }),
          },
          {
            element: <RequireViewer access="moderation" />,
            children: moderationRoutes,
          },
          ...adminRoutes,
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];
