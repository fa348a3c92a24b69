import type { ActivityPayload } from '@forum/shared';
import { useRef, useState } from 'react';
import { useRealtimeEvent, useRealtimeRoom } from '../../realtime/hooks/use-realtime-event';
import { addActivity, STREAM_LIMIT, type ActivityItem } from './activity-stream';

/** Joins the activity room on the app's one socket and keeps the latest events, newest first. */
export function useActivityStream(
  onActivity?: (event: ActivityPayload) => void,
  limit = STREAM_LIMIT,
): ActivityItem[] {
  const [items, setItems] = useState<ActivityItem[]>([]);
  const seq = useRef(0);
  useRealtimeRoom('activity', 'all');
  useRealtimeEvent('activity', (event) => {
    seq.current += 1;
    const n = seq.current;
    setItems((current) => addActivity(current, event, n, limit));
    onActivity?.(event);
  });
  return items;
}
