import { parseApiError } from './graphql-errors';

/** Field messages of a BAD_USER_INPUT error (`extensions.fields`), keyed by input field; {} otherwise. */
export function apiFieldErrors(error: unknown): Record<string, string> {
  return parseApiError(error)?.fields ?? {};
}

/** Focuses the first field that has an error (after a failed submit). */
export function focusFirstError(order: string[], errors: Record<string, string | undefined>, prefix: string) {
  const first = order.find((f) => errors[f]);
  if (first) document.getElementById(`${prefix}-${first}`)?.focus();
}
