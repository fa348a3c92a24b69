import type { IncomingMessage } from 'node:http';
import type { Socket } from 'socket.io';
import { tokenFromRequest } from '../auth/session-token';

/** A socket authenticates like a GraphQL request: `auth: { token }` or the session cookie. */
export function socketToken(socket: Socket): string | null {
  const auth = socket.handshake.auth as { token?: unknown } | undefined;
  if (typeof auth?.token === 'string' && auth.token) return auth.token;
  return tokenFromRequest({ cookie: socket.handshake.headers.cookie });
}

/**
 * Refuses cross-site WebSocket handshakes: a browser always sends Origin, and it must be this host.
 * Non-browser clients (no Origin) authenticate with a token anyway.
 */
export function sameOriginRequest(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    const forwardedHost = req.headers['x-forwarded-host'];
    const host = (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost) ?? req.headers.host;
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
