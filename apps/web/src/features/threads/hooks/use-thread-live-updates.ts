import { ClientEvents, ServerEvents, type PostEventPayload } from '@forum/shared';
import { useEffect, useRef } from 'react';
import { getSocket, realtimeEnabled } from '../../../shared/realtime/socket';

/** Joins the thread's room; post events carry ids only, so the page refetches what is stale. */
export function useThreadLiveUpdates(threadId: string, onStale: () => void): void {
  const callback = useRef(onStale);
  callback.current = onStale;
  useEffect(() => {
    if (!realtimeEnabled || !threadId) return;
    let cancelled = false;
    let cleanup = () => {};
    void getSocket().then((socket) => {
      if (cancelled) return;
      const join = () => socket.emit(ClientEvents.threadJoin, { threadId });
      const handler = (payload: PostEventPayload) => {
        if (payload?.threadId === threadId) callback.current();
      };
      join();
      socket.on('connect', join);
      socket.on(ServerEvents.postCreated, handler);
      socket.on(ServerEvents.postUpdated, handler);
      socket.on(ServerEvents.postDeleted, handler);
      cleanup = () => {
        socket.emit(ClientEvents.threadLeave, { threadId });
        socket.off('connect', join);
        socket.off(ServerEvents.postCreated, handler);
        socket.off(ServerEvents.postUpdated, handler);
        socket.off(ServerEvents.postDeleted, handler);
      };
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [threadId]);
}
