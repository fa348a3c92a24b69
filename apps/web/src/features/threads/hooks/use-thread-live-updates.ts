import { useRealtimeEvent, useRealtimeRoom } from '@/features/realtime/hooks/use-realtime-event';

interface ThreadLiveHandlers {
  /** A post was written in this thread (by anyone, the viewer included). */
  onPostCreated: (postId: string) => void;
  /** A loaded post or the thread itself changed: refetch what is shown. */
  onStale: () => void;
  /** The thread was merged into another one. */
  onMerged: (targetThreadId: string) => void;
  /** The socket came back after a drop: catch up on what was missed. */
  onReconnect: () => void;
}

/** The thread domain's socket handlers: joins the thread's room; post events carry ids only. */
export function useThreadLiveUpdates(threadId: string, handlers: ThreadLiveHandlers): void {
  useRealtimeRoom('thread', threadId || undefined);
  useRealtimeEvent('post:created', (p) => {
    if (p?.threadId === threadId) handlers.onPostCreated(p.postId);
  });
  useRealtimeEvent('post:updated', (p) => {
    if (p?.threadId === threadId) handlers.onStale();
  });
  useRealtimeEvent('post:deleted', (p) => {
    if (p?.threadId === threadId) handlers.onStale();
  });
  useRealtimeEvent('thread:updated', (p) => {
    if (p?.threadId !== threadId) return;
    if (p.mergedInto && p.mergedInto !== threadId) handlers.onMerged(p.mergedInto);
    else handlers.onStale();
  });
  useRealtimeEvent('reconnected', () => handlers.onReconnect());
}
