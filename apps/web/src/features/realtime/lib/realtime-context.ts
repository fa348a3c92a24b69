import type {
  ActivityPayload,
  NotificationCountPayload,
  NotificationPayload,
  PostEventPayload,
} from '@forum/shared';
import { createContext } from 'react';

export interface ThreadCreatedPayload {
  topicId: string;
  threadId: string;
}

export interface ThreadUpdatedPayload {
  threadId: string;
  mergedInto?: string;
}

/** Server events as the app receives them, plus `reconnected` (the socket came back after a drop). */
export interface RealtimeEventMap {
  notification: NotificationPayload;
  'notification:count': NotificationCountPayload;
  'post:created': PostEventPayload;
  'post:updated': PostEventPayload;
  'post:deleted': PostEventPayload;
  'thread:created': ThreadCreatedPayload;
  'thread:updated': ThreadUpdatedPayload;
  /** Live activity stream (presenter view), after joining the 'activity' room. */
  activity: ActivityPayload;
  reconnected: undefined;
}

export type RealtimeEvent = keyof RealtimeEventMap;
export type RealtimeHandler<E extends RealtimeEvent> = (payload: RealtimeEventMap[E]) => void;

/** offline: no signed-in user or closed on purpose; reconnecting: the connection dropped and is being restored. */
export type RealtimeStatus = 'offline' | 'connecting' | 'connected' | 'reconnecting';

export type RoomKind = 'thread' | 'topic' | 'activity';

export interface RealtimeApi {
  status: RealtimeStatus;
  subscribe<E extends RealtimeEvent>(event: E, handler: RealtimeHandler<E>): () => void;
  /** Joins a thread or topic room (again after every reconnect) until the returned function is called. */
  joinRoom(kind: RoomKind, id: string): () => void;
}

const noop = () => {};

/** Outside a provider (tests, guests) subscribing does nothing. */
export const RealtimeContext = createContext<RealtimeApi>({
  status: 'offline',
  subscribe: () => noop,
  joinRoom: () => noop,
});
