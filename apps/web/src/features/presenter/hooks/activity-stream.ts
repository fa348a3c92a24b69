import type { ActivityPayload } from '@forum/shared';

export const STREAM_LIMIT = 12;

export interface ActivityItem extends ActivityPayload {
  /** Local sequence number: a stable React key even for two events in the same millisecond. */
  seq: number;
}

/** Adds an event to the stream: newest on top (by time, then arrival), at most `limit` items. */
export function addActivity(
  items: readonly ActivityItem[],
  event: ActivityPayload,
  seq: number,
  limit = STREAM_LIMIT,
): ActivityItem[] {
  const next = [{ ...event, seq }, ...items];
  next.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.seq - a.seq);
  return next.slice(0, limit);
}
