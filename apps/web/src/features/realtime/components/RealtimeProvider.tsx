import { ClientEvents, ServerEvents } from '@forum/shared';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  RealtimeContext,
  type RealtimeApi,
  type RealtimeEvent,
  type RealtimeHandler,
  type RealtimeStatus,
  type RoomKind,
} from '../lib/realtime-context';
import { loadSocket, type RealtimeSocket, type SocketFactory } from '../lib/realtime-socket';
import { useViewer } from '@/features/auth/hooks/use-viewer';

type AnyHandler = (payload: unknown) => void;

/** The server events the app listens to (a new one: add it here and to RealtimeEventMap). */
const FORWARDED: Exclude<RealtimeEvent, 'reconnected'>[] = [
  ServerEvents.notification,
  ServerEvents.notificationCount,
  ServerEvents.postCreated,
  ServerEvents.postUpdated,
  ServerEvents.postDeleted,
  ServerEvents.threadCreated,
  ServerEvents.threadUpdated,
  ServerEvents.activity,
];

const ROOM_EVENTS: Record<RoomKind, { join: string; leave: string; key: string }> = {
  thread: { join: ClientEvents.threadJoin, leave: ClientEvents.threadLeave, key: 'threadId' },
  topic: { join: ClientEvents.topicJoin, leave: ClientEvents.topicLeave, key: 'topicId' },
  // One global room; the server ignores the payload.
  activity: { join: ClientEvents.activityJoin, leave: ClientEvents.activityLeave, key: 'scope' },
};

interface Room {
  kind: RoomKind;
  id: string;
  users: number;
}

function emitRoom(socket: RealtimeSocket | null, room: Room, action: 'join' | 'leave'): void {
  if (!socket?.connected) return;
  const events = ROOM_EVENTS[room.kind];
  socket.emit(events[action], { [events.key]: room.id });
}

/**
 * The one Socket.IO connection of the signed-in user: opened after login, closed on logout. Domains subscribe
 * to the events they care about; events carry ids, so subscribers refetch what is stale.
 */
export function RealtimeProvider({
  children,
  socketFactory = loadSocket,
}: {
  children: ReactNode;
  socketFactory?: SocketFactory;
}) {
  const { viewer } = useViewer();
  const userId = viewer?.id ?? null;
  const [status, setStatus] = useState<RealtimeStatus>('offline');
  const handlers = useRef(new Map<RealtimeEvent, Set<AnyHandler>>());
  const rooms = useRef(new Map<string, Room>());
  const socketRef = useRef<RealtimeSocket | null>(null);

  const dispatch = useCallback((event: RealtimeEvent, payload: unknown) => {
    for (const handler of [...(handlers.current.get(event) ?? [])]) handler(payload);
  }, []);

  useEffect(() => {
    if (!userId) return;
    let cancelled = false;
    let socket: RealtimeSocket | null = null;
    let everConnected = false;
    setStatus('connecting');

    const onConnect = () => {
      // The server forgets rooms with the old connection: join them again.
      for (const room of rooms.current.values()) emitRoom(socket, room, 'join');
      setStatus('connected');
      if (everConnected) dispatch('reconnected', undefined);
      everConnected = true;
    };
    const onDisconnect = (reason: string) => {
      // A drop of the transport is retried by the client; a disconnect by either side on purpose is final.
      const unexpected = reason !== 'io client disconnect' && reason !== 'io server disconnect';
      setStatus(unexpected ? 'reconnecting' : 'offline');
    };
    const onConnectError = () => {
      if (!socket?.active) setStatus('offline');
      else if (everConnected) setStatus('reconnecting');
    };
    const forwarders = FORWARDED.map(
      (event) => [event, (payload: unknown) => dispatch(event, payload)] as const,
    );

    void socketFactory()
      .then((created) => {
        if (cancelled) {
          created.disconnect();
          return;
        }
        socket = created;
        socketRef.current = created;
        created.on('connect', onConnect);
        created.on('disconnect', onDisconnect);
        created.on('connect_error', onConnectError);
        for (const [event, forward] of forwarders) created.on(event, forward);
        if (created.connected) onConnect();
      })
      .catch(() => {
        if (!cancelled) setStatus('offline');
      });

    return () => {
      cancelled = true;
      socketRef.current = null;
      if (socket) {
        socket.off('connect', onConnect);
        socket.off('disconnect', onDisconnect);
        socket.off('connect_error', onConnectError);
        for (const [event, forward] of forwarders) socket.off(event, forward);
        socket.disconnect();
      }
      setStatus('offline');
    };
  }, [userId, socketFactory, dispatch]);

  const subscribe = useCallback(<E extends RealtimeEvent>(event: E, handler: RealtimeHandler<E>) => {
    const set = handlers.current.get(event) ?? new Set<AnyHandler>();
    handlers.current.set(event, set);
    const entry = handler as AnyHandler;
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  }, []);

  const joinRoom = useCallback((kind: RoomKind, id: string) => {
    const key = `${kind}:${id}`;
    const room = rooms.current.get(key) ?? { kind, id, users: 0 };
    rooms.current.set(key, room);
    room.users += 1;
    if (room.users === 1) emitRoom(socketRef.current, room, 'join');
    let left = false;
    return () => {
      if (left) return;
      left = true;
      room.users -= 1;
      if (room.users > 0) return;
      rooms.current.delete(key);
      emitRoom(socketRef.current, room, 'leave');
    };
  }, []);

  const api = useMemo<RealtimeApi>(() => ({ status, subscribe, joinRoom }), [status, subscribe, joinRoom]);
  return <RealtimeContext.Provider value={api}>{children}</RealtimeContext.Provider>;
}
