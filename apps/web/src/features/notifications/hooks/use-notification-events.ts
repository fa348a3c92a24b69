import { useApolloClient } from '@apollo/client/react';
import type { NotificationPayload } from '@forum/shared';
import { useCallback } from 'react';
import { useRealtimeEvent } from '@/features/realtime/hooks/use-realtime-event';
import {
  NotificationsQueryDocument,
  UnreadNotificationCountQueryDocument,
} from '../graphql/notifications.graphql';

/**
 * The notification domain's socket handlers: the pushed count goes straight into the cache; a new
 * notification (or a reconnect after a drop) makes the open lists refetch, so nothing is missed or doubled.
 */
export function useNotificationEvents(onNotification: (payload: NotificationPayload) => void): void {
  const client = useApolloClient();
  const refetchLists = useCallback(
    () => void client.refetchQueries({ include: [NotificationsQueryDocument] }).catch(() => undefined),
    [client],
  );
  useRealtimeEvent('notification:count', ({ unread }) => {
    client.cache.writeQuery({
      query: UnreadNotificationCountQueryDocument,
      data: { unreadNotificationCount: unread },
    });
  });
  useRealtimeEvent('notification', (payload) => {
    refetchLists();
    onNotification(payload);
  });
  useRealtimeEvent('reconnected', () => {
    void client
      .refetchQueries({ include: [UnreadNotificationCountQueryDocument, NotificationsQueryDocument] })
      .catch(() => undefined);
  });
}
