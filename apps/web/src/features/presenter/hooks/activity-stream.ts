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

// A live event and its row in the history differ in time by the moments between commit and push.
const SAME_EVENT_WINDOW_MS = 10_000;

function sameEvent(a: ActivityPayload, b: ActivityPayload): boolean {
  return (
    a.kind === b.kind &&
    a.thread?.id === b.thread?.id &&
    a.actor?.displayName === b.actor?.displayName &&
    Math.abs(Date.parse(a.at) - Date.parse(b.at)) < SAME_EVENT_WINDOW_MS
  );
}

/**
 * Adds the recent history (loaded when the view opens) below what arrived live meanwhile; an event
 * that is in both is kept once. History items get sequence numbers below every live one.
 */
export function mergeHistory(
  items: readonly ActivityItem[],
  history: readonly ActivityPayload[],
  limit = STREAM_LIMIT,
): ActivityItem[] {
  const older = history
    .filter((h) => !items.some((i) => sameEvent(i, h)))
    .map((h, index) => ({ ...h, seq: -1 - index }));
  const next = [...items, ...older];
  next.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.seq - a.seq);
  return next.slice(0, limit);
}
