import { createHmac, timingSafeEqual } from 'node:crypto';
import { isMailCategory, type MailCategory } from './mail-categories';

// Signed links that work without signing in. A token is base64url(payload) "." base64url(HMAC-SHA256),
// the MAC over a purpose label plus the payload, so an unsubscribe token can never act as a confirmation
// token. Unsubscribe links do not expire (they sit in old mails); confirmation links do after 48 h and are
// bound to the address they were sent to.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const CONFIRM_TTL_SECONDS = 48 * 3600;

function mac(secret: string, purpose: string, parts: readonly string[]): Buffer {
  return createHmac('sha256', secret)
    .update([purpose, ...parts].join('\n'))
    .digest();
}

function seal(secret: string, purpose: string, payload: string[], bound: string[] = []): string {
  const body = Buffer.from(payload.join('.'), 'utf8').toString('base64url');
  return `${body}.${mac(secret, purpose, [...payload, ...bound]).toString('base64url')}`;
}

/** Returns the payload parts when the structure is right; the MAC is checked by `macMatches`. */
function open(token: unknown): { payload: string[]; sig: Buffer } | null {
  if (typeof token !== 'string' || token.length > 300) return null;
  const dot = token.indexOf('.');
  if (dot <= 0 || token.indexOf('.', dot + 1) !== -1) return null;
  const body = token.slice(0, dot);
  const sig = token.slice(dot + 1);
  if (!/^[A-Za-z0-9_-]+$/.test(body) || !/^[A-Za-z0-9_-]+$/.test(sig)) return null;
  const bodyBytes = Buffer.from(body, 'base64url');
  const sigBytes = Buffer.from(sig, 'base64url');
  // Only the canonical encoding: the last character's unused bits must not give a second valid token.
  if (bodyBytes.toString('base64url') !== body || sigBytes.toString('base64url') !== sig) return null;
  return { payload: bodyBytes.toString('utf8').split('.'), sig: sigBytes };
}

function macMatches(expected: Buffer, given: Buffer): boolean {
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function signUnsubscribe(
  secret: string,
  userId: string,
  category: MailCategory,
  issuedAt = new Date(),
): string {
  return seal(secret, 'unsubscribe', [userId, category, String(Math.floor(issuedAt.getTime() / 1000))]);
}

export function verifyUnsubscribe(
  secret: string,
  token: unknown,
): { userId: string; category: MailCategory; issuedAt: Date } | null {
  const opened = open(token);
  if (!opened || opened.payload.length !== 3) return null;
  const [userId, category, iat] = opened.payload;
  if (!UUID.test(userId) || !isMailCategory(category) || !/^\d{1,12}$/.test(iat)) return null;
  if (!macMatches(mac(secret, 'unsubscribe', opened.payload), opened.sig)) return null;
  return { userId, category, issuedAt: new Date(Number(iat) * 1000) };
}

export function signConfirmation(
  secret: string,
  userId: string,
  email: string,
  issuedAt = new Date(),
): string {
  return seal(
    secret,
    'confirm-email',
    [userId, String(Math.floor(issuedAt.getTime() / 1000))],
    [email.toLowerCase()],
  );
}

export type ConfirmationCheck = { ok: true; userId: string } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * Two steps because the address the MAC is bound to comes from the database: `readConfirmation` parses,
 * then `checkConfirmation` verifies against the account's current address and the clock.
 */
export function readConfirmation(token: unknown): { userId: string; issuedAt: number } | null {
  const opened = open(token);
  if (!opened || opened.payload.length !== 2) return null;
  const [userId, iat] = opened.payload;
  if (!UUID.test(userId) || !/^\d{1,12}$/.test(iat)) return null;
  return { userId, issuedAt: Number(iat) };
}

export function checkConfirmation(
  secret: string,
  token: string,
  email: string | null,
  now = new Date(),
): ConfirmationCheck {
  const opened = open(token);
  const read = readConfirmation(token);
  if (!opened || !read || !email) return { ok: false, reason: 'invalid' };
  const expected = mac(secret, 'confirm-email', [...opened.payload, email.toLowerCase()]);
  if (!macMatches(expected, opened.sig)) return { ok: false, reason: 'invalid' };
  const age = Math.floor(now.getTime() / 1000) - read.issuedAt;
  if (age > CONFIRM_TTL_SECONDS || age < -300) return { ok: false, reason: 'expired' };
  return { ok: true, userId: read.userId };
}
