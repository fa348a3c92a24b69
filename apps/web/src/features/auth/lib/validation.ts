import { LIMITS } from '@forum/shared';

// Deliberately permissive: the server has the final say; this only catches obvious typos.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isValidEmail(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length <= LIMITS.emailMax && EMAIL_PATTERN.test(trimmed);
}

/** An e-mail domain of the allow-list ("hessen.de"), without @ or a scheme. */
export const DOMAIN_PATTERN = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
