import { useEffect, useRef } from 'react';
import { type RealtimeEvent, type RealtimeHandler, type RoomKind } from '../lib/realtime-context';
import { useRealtime } from './use-realtime';

/** Calls the latest `handler` for every `event`; re-renders do not re-subscribe. */
export function useRealtimeEvent<E extends RealtimeEvent>(event: E, handler: RealtimeHandler<E>): void {
  const { subscribe } = useRealtime();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => subscribe(event, (payload) => latest.current(payload)), [subscribe, event]);
}

/** Stays in the room of a thread or topic while the component is mounted. */
export function useRealtimeRoom(kind: RoomKind, id: string | undefined): void {
  const { joinRoom } = useRealtime();
  useEffect(() => (id ? joinRoom(kind, id) : undefined), [joinRoom, kind, id]);
}
