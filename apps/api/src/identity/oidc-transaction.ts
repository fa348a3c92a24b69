import { createHmac, timingSafeEqual } from 'node:crypto';

// What the forum remembers between sending a browser to the provider and its return: provider, state,
// nonce and the PKCE verifier, in a short-lived httpOnly cookie under an HMAC (MAIL_SECRET), so the
// browser cannot change it and no server state is needed across instances.

export interface OidcTransaction {
  providerId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Seconds since the epoch when the sign-in started. */
  startedAt: number;
}

export const OIDC_TRANSACTION_COOKIE = 'forum_oidc_tx';
/** The provider and its ID token, for RP-initiated logout. */
export const OIDC_LOGOUT_COOKIE = 'forum_oidc_logout';
export const OIDC_COOKIE_PATH = '/auth/oidc';
export const OIDC_TRANSACTION_TTL_SECONDS = 10 * 60;

const mac = (secret: string, body: string) =>
  createHmac('sha256', secret).update(`oidc-transaction\n${body}`).digest();

export function sealTransaction(secret: string, tx: OidcTransaction): string {
  const body = Buffer.from(JSON.stringify(tx), 'utf8').toString('base64url');
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

export function openTransaction(secret: string, value: unknown, now = Date.now()): OidcTransaction | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  const [body, sig, ...rest] = value.split('.');
  if (!body || !sig || rest.length) return null;
  const expected = mac(secret, body);
  const given = Buffer.from(sig, 'base64url');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const tx = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as OidcTransaction;
    const fresh = now / 1000 - tx.startedAt <= OIDC_TRANSACTION_TTL_SECONDS;
    return fresh && typeof tx.state === 'string' && typeof tx.codeVerifier === 'string' ? tx : null;
  } catch {
    return null;
  }
}
