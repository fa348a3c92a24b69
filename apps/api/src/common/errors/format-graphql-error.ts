import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ERROR_CODES } from '@forum/shared';
import { DomainError } from './domain-error';
import { isUniqueViolation } from './pg-errors';
import { isServiceUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from './service-unavailable';

const KNOWN = new Set<string>(ERROR_CODES);

/**
 * Maps every error leaving GraphQL to one of the contract's codes. Unknown errors become a generic
 * INTERNAL_SERVER_ERROR without stack or SQL, and are logged by the caller.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onUnexpected: (err: unknown) => void,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, ...(original.fields ? { fields: original.fields } : {}) },
    };
  }
  if (isUniqueViolation(original)) {
    return {
      message: 'Dieser Eintrag existiert bereits.',
      path: formatted.path,
      extensions: { code: 'CONFLICT' },
    };
  }
  if (!(original instanceof GraphQLError) && isServiceUnavailable(original)) {
    // Not the client's fault and nothing to hide: the database or Redis is down; the request may be retried.
    return {
      message: SERVICE_UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string') {
    // Apollo's own parse/validation errors and variable coercion failures are the client's fault.
    if (['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'].includes(code)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT', reason: code },
      };
    }
    if (KNOWN.has(code)) {
      const fields = formatted.extensions?.fields;
      return {
        message: formatted.message,
        path: formatted.path,
        extensions: { code, ...(fields && typeof fields === 'object' ? { fields } : {}) },
      };
    }
  }
  onUnexpected(original);
  return {
    message: 'Ein interner Fehler ist aufgetreten.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
