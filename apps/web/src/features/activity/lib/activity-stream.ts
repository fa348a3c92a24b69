import { PUBLIC_ACTIVITY_KINDS, type ActivityPayload } from '@forum/shared';

/** How many events the view keeps (of every kind, so that the moderation switch can show its own). */
export const STREAM_LIMIT = 30;
/** How many events the projector shows at once. */
export const VISIBLE_ITEMS = 5;

export interface ActivityItem extends ActivityPayload {
  /** Local sequence number: a stable React key even for two events in the same millisecond. */
  seq: number;
}

// Entries about a post that a moderator hides are withdrawn from the stream (the history leaves them out too).
const ABOUT_POST: readonly ActivityPayload['kind'][] = ['ANSWER', 'OFFICIAL_ANSWER', 'ANSWER_ACCEPTED'];

function sortNewestFirst(items: ActivityItem[], limit: number): ActivityItem[] {
  items.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.seq - a.seq);
  return items.slice(0, limit);
}

/** Adds an event to the stream: newest on top (by time, then arrival), at most `limit` items. */
export function addActivity(
  items: readonly ActivityItem[],
  event: ActivityPayload,
  seq: number,
  limit = STREAM_LIMIT,
): ActivityItem[] {
  const kept =
    event.kind === 'POST_HIDDEN' && event.postId
      ? items.filter((i) => !(i.postId === event.postId && ABOUT_POST.includes(i.kind)))
      : items;
  return sortNewestFirst([{ ...event, seq }, ...kept], limit);
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
  return sortNewestFirst([...items, ...older], limit);
}

/**
 * What the projector shows: by default only public, positive events (new question, official answer,
 * solution accepted, new Kommune); with the switch also answers, approvals and moderation.
 */
export function visibleActivity(
  items: readonly ActivityItem[],
  showAll: boolean,
  count = VISIBLE_ITEMS,
): ActivityItem[] {
  return items.filter((i) => showAll || PUBLIC_ACTIVITY_KINDS.includes(i.kind)).slice(0, count);
}
