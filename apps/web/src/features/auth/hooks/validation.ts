import { LIMITS } from '@forum/shared';

// Deliberately permissive: the server has the final say; this only catches obvious typos.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isValidEmail(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length <= LIMITS.emailMax && EMAIL_PATTERN.test(trimmed);
}
