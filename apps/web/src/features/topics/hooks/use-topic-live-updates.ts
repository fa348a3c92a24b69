import { useEffect, useState } from 'react';
import { useRealtimeEvent, useRealtimeRoom } from '@/features/realtime/hooks/use-realtime-event';

/**
 * The topic domain's socket handlers: joins the topic's room and counts questions created since the list was
 * loaded (shown on request, so the list does not jump); after a reconnect the list is refetched.
 */
export function useTopicLiveUpdates(
  topicId: string,
  refetch: () => unknown,
): { newThreads: number; reset: () => void } {
  const [newThreadIds, setNewThreadIds] = useState<string[]>([]);
  useEffect(() => setNewThreadIds([]), [topicId]);
  useRealtimeRoom('topic', topicId || undefined);
  useRealtimeEvent('thread:created', (p) => {
    if (p?.topicId !== topicId) return;
    setNewThreadIds((ids) => (ids.includes(p.threadId) ? ids : [...ids, p.threadId]));
  });
  useRealtimeEvent('reconnected', () => {
    setNewThreadIds([]);
    void refetch();
  });
  return { newThreads: newThreadIds.length, reset: () => setNewThreadIds([]) };
}
