import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  MarkNotificationsReadMutationDocument,
  UnreadNotificationCountQueryDocument,
} from '../graphql/notifications.graphql';

function markCachedRead(cache: ApolloCache, ids: string[] | null): void {
  const targets =
    ids ??
    Object.keys(cache.extract() as Record<string, unknown>).filter((key) => key.startsWith('Notification:'));
  for (const id of targets) {
    const cacheId = ids ? cache.identify({ __typename: 'Notification', id }) : id;
    cache.modify({ id: cacheId, fields: { read: () => true } });
  }
  if (!ids) cache.modify({ fields: { unreadNotificationCount: () => 0 } });
}

/** Marks one, several or (without ids) all notifications read and updates the cached flags and count. */
export function useMarkNotificationsRead() {
  const [mutate, { loading, error }] = useMutation(MarkNotificationsReadMutationDocument);
  const markRead = useCallback(
    async (ids?: string[]) => {
      await mutate({
        variables: ids ? { ids } : {},
        update(cache) {
          markCachedRead(cache, ids ?? null);
        },
        // The server also pushes the new count (notification:count), possibly before this response arrives:
        // ask for the count rather than subtracting locally, which could count a change twice.
        refetchQueries: ids ? [UnreadNotificationCountQueryDocument] : [],
      });
    },
    [mutate],
  );
  return { markRead, loading, error };
}
