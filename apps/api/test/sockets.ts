import { io, type Socket } from 'socket.io-client';

/** A real Socket.IO client against a test app; resolves once connected, rejects with the refusal. */
export function connectSocket(url: string, auth: { token?: string; cookie?: string } = {}): Promise<Socket> {
  const socket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: auth.token ? { token: auth.token } : {},
    extraHeaders: auth.cookie ? { cookie: auth.cookie } : undefined,
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Records every payload of the given events from the moment it is called. */
export function record(socket: Socket, ...events: string[]) {
  const seen: { event: string; payload: any }[] = [];
  for (const event of events) socket.on(event, (payload: unknown) => seen.push({ event, payload }));
  return {
    seen,
    of: (event: string) => seen.filter((s) => s.event === event).map((s) => s.payload),
    async until(predicate: () => boolean, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`timed out; seen: ${JSON.stringify(seen)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

export function emitWithAck<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  return socket.timeout(5000).emitWithAck(event, payload) as Promise<T>;
}

export const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
