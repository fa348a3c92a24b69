import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'forum_session';

export const newSessionToken = (): string => randomBytes(32).toString('base64url');

export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Reads the token from `Authorization: Bearer …` or the session cookie. */
export function tokenFromRequest(
  headers: { authorization?: string; cookie?: string },
  cookies?: Record<string, string>,
) {
  const auth = headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim() || null;
  const fromCookie = cookies?.[SESSION_COOKIE];
  if (fromCookie) return fromCookie;
  if (!headers.cookie) return null;
  for (const part of headers.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}
