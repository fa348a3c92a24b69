import { Navigate, type RouteObject } from 'react-router';
import { RequireViewer } from '@/features/auth/components/RequireViewer';
import { TagsAdminQueryDocument } from '@/features/tags/graphql/tags-admin.graphql';
import { namespace, prefetching } from '@/shared/lib/route-prefetch';

// /moderation: global moderators, and board moderators for the flags of their boards (the guard is the
// parent route). Approvals, tags and the audit log are for MODERATOR and ADMIN only. Every page is its own chunk.
export const moderationRoutes: RouteObject[] = [
  {
    path: 'moderation',
    // The tabs' texts before the first render (the layout waits for them, the page would shift).
    loader: prefetching(() => [namespace('moderation')]),
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
        element: <RequireViewer access="globalModeration" />,
        children: [
          {
            path: 'freischaltungen',
            lazy: async () => ({ Component: (await import('./components/ApprovalsPage')).ApprovalsPage }),
          },
          {
            path: 'schlagwoerter',
            // The list and its texts before the first render: the page would otherwise grow under the reader.
            loader: prefetching((client) => [
              namespace('tags'),
              client.query({ query: TagsAdminQueryDocument }),
            ]),
            lazy: async () => ({
              Component: (await import('@/features/tags/components/TagsAdminPage')).TagsAdminPage,
            }),
          },
          {
            path: 'audit-log',
            lazy: async () => ({ Component: (await import('./components/AuditLogPage')).AuditLogPage }),
          },
        ],
      },
    ],
  },
];
