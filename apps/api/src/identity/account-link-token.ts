import { createHmac, timingSafeEqual } from 'node:crypto';

// The links of "Passwort vergessen?" and of an e-mail change: base64url(purpose.id) "." base64url(HMAC),
// keyed with MAIL_SECRET under a label of their own, so neither can pass for the other or for the mail
// module's unsubscribe and confirmation links. The id names a row of account_tokens, which makes a link
// single-use and says until when it is valid; the MAC keeps anyone from guessing or forging one.

export type AccountLinkPurpose = 'PASSWORD_RESET' | 'EMAIL_CHANGE';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LABEL = 'account-link';

function mac(secret: string, purpose: AccountLinkPurpose, id: string): Buffer {
  return createHmac('sha256', secret).update(`${LABEL}\n${purpose}\n${id}`).digest();
}

export function signAccountLink(secret: string, purpose: AccountLinkPurpose, tokenId: string): string {
  const body = Buffer.from(`${purpose}.${tokenId}`, 'utf8').toString('base64url');
  return `${body}.${mac(secret, purpose, tokenId).toString('base64url')}`;
}

/** The row id of a genuine link of `purpose`, or null for anything else (tampered, foreign, malformed). */
export function verifyAccountLink(
  secret: string,
  purpose: AccountLinkPurpose,
  token: unknown,
): string | null {
  if (typeof token !== 'string' || token.length > 300) return null;
  const parts = token.split('.');
  if (parts.length !== 2 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return null;
  const [body, sig] = parts;
  const bodyBytes = Buffer.from(body, 'base64url');
  const sigBytes = Buffer.from(sig, 'base64url');
  // Only the canonical encoding, so one link has exactly one spelling.
  if (bodyBytes.toString('base64url') !== body || sigBytes.toString('base64url') !== sig) return null;
  const [linkPurpose, id, ...rest] = bodyBytes.toString('utf8').split('.');
  if (rest.length || linkPurpose !== purpose || !UUID.test(id ?? '')) return null;
  const expected = mac(secret, purpose, id);
  return expected.length === sigBytes.length && timingSafeEqual(expected, sigBytes) ? id : null;
}
