import { SOCKET_PATH } from '@forum/shared';

type Listener = (...args: never[]) => void;

/** The part of a Socket.IO client socket the app uses; tests pass a fake emitter with the same shape. */
export interface RealtimeSocket {
  readonly connected: boolean;
  /** False once the client gave up (e.g. the server refused the handshake); true while it retries. */
  readonly active: boolean;
  on(event: string, listener: Listener): unknown;
  off(event: string, listener?: Listener): unknown;
  emit(event: string, ...args: unknown[]): unknown;
  disconnect(): unknown;
}

export type SocketFactory = () => Promise<RealtimeSocket>;

/**
 * Loads socket.io-client on demand (own chunk, not in the initial bundle) and connects with the session cookie.
 * WebSocket first; where a proxy blocks WebSockets (some municipal networks do), long-polling instead
 * (`tryAllTransports`: without it the client would retry the WebSocket forever).
 */
export const loadSocket: SocketFactory = async () => {
  const { io } = await import('socket.io-client');
  return io({
    path: SOCKET_PATH,
    withCredentials: true,
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
  });
};
