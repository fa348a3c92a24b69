import { Navigate, type RouteObject } from 'react-router';

// /moderation (MODERATOR and ADMIN; the guard is the parent route). Every page is its own chunk.
export const moderationRoutes: RouteObject[] = [
  {
    path: 'moderation',
    lazy: async () => ({
      Component: (await import('./components/ModerationLayout')).ModerationLayout,
    }),
    children: [
      { index: true, element: <Navigate to="/moderation/pruefliste" replace /> },
      {
        path: 'pruefliste',
        lazy: async () => ({ Component: (await import('./components/FlagQueuePage')).FlagQueuePage }),
      },
      {
        path: 'freischaltungen',
        lazy: async () => ({ Component: (await import('./components/ApprovalsPage')).ApprovalsPage }),
      },
      {
        path: 'audit-log',
        lazy: async () => ({ Component: (await import('./components/AuditLogPage')).AuditLogPage }),
      },
    ],
  },
];
