import { parseApiError } from '../../../shared/lib/graphql-errors';

/** Field messages of a BAD_USER_INPUT error (`extensions.fields`), keyed by input field; {} otherwise. */
export function apiFieldErrors(error: unknown): Record<string, string> {
  return parseApiError(error)?.fields ?? {};
}

export const SLUG_PATTERN = /^[a-z0-9-]{2,60}$/;
export const LEIKA_PATTERN = /^\d{14}$/;
export const DOMAIN_PATTERN = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** Focuses the first field that has an error (after a failed submit). */
export function focusFirstError(order: string[], errors: Record<string, string | undefined>, prefix: string) {
  const first = order.find((f) => errors[f]);
  if (first) document.getElementById(`${prefix}-${first}`)?.focus();
}
