import { SOCKET_PATH } from '@forum/shared';
import type { Socket } from 'socket.io-client';

let socketPromise: Promise<Socket> | null = null;

/** One lazily loaded Socket.IO connection per tab, authenticated by the session cookie. */
export function getSocket(): Promise<Socket> {
  socketPromise ??= import('socket.io-client').then(({ io }) =>
    io({ path: SOCKET_PATH, withCredentials: true, transports: ['websocket', 'polling'] }),
  );
  return socketPromise;
}

export function disconnectSocket(): void {
  if (!socketPromise) return;
  void socketPromise.then((socket) => socket.disconnect());
  socketPromise = null;
}

export const realtimeEnabled = import.meta.env.MODE !== 'test';
