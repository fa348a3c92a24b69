import { useQuery } from '@apollo/client/react';
import type { ActivityPayload } from '@forum/shared';
import { useEffect, useRef, useState } from 'react';
import { useRealtimeEvent, useRealtimeRoom } from '@/features/realtime/hooks/use-realtime-event';
import { RecentActivityQueryDocument } from '../graphql/activity.graphql';
import { addActivity, mergeHistory, STREAM_LIMIT, type ActivityItem } from '../lib/activity-stream';

/**
 * Joins the activity room on the app's one socket and keeps the latest events, newest first. The recent
 * history is loaded once, so the view does not open empty; live events keep arriving meanwhile.
 */
export function useActivityStream(
  onActivity?: (event: ActivityPayload) => void,
  limit = STREAM_LIMIT,
): ActivityItem[] {
  const [items, setItems] = useState<ActivityItem[]>([]);
  const seq = useRef(0);
  const { data } = useQuery(RecentActivityQueryDocument, {
    variables: { first: limit },
    fetchPolicy: 'network-only',
  });
  useEffect(() => {
    // The query's entries have the event's shape (plus Apollo's __typename, which nothing reads).
    if (data) setItems((current) => mergeHistory(current, data.recentActivity, limit));
  }, [data, limit]);
  useRealtimeRoom('activity', 'all');
  useRealtimeEvent('activity', (event) => {
    seq.current += 1;
    const n = seq.current;
    setItems((current) => addActivity(current, event, n, limit));
    onActivity?.(event);
  });
  return items;
}
