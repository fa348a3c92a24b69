import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ERROR_CODES, type ErrorCode } from '@forum/shared';

export interface ParsedApiError {
  /** One of the contract's codes, NETWORK when the server was unreachable, UNKNOWN otherwise. */
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  message: string;
  /** Field messages from BAD_USER_INPUT (`extensions.fields`), keyed by input field name. */
  fields: Record<string, string>;
}

interface RawGraphQLError {
  message?: string;
  extensions?: Record<string, unknown>;
}

/** Arguments and input fields holding ids: `id`, `threadId`, `ids`, `input.topicId`, … */
const ID_FIELD = /(^|\.)(id|ids|[a-z]+Ids?)$/;

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function rawErrors(error: unknown): RawGraphQLError[] | null {
  if (CombinedGraphQLErrors.is(error)) return error.errors as RawGraphQLError[];
  if (ServerError.is(error)) {
    // Non-2xx responses may still carry a GraphQL error body.
    try {
      const body = JSON.parse(error.bodyText) as { errors?: RawGraphQLError[] };
      if (Array.isArray(body.errors)) return body.errors;
    } catch {
      return null;
    }
  }
  return null;
}

export function parseApiError(error: unknown): ParsedApiError | null {
  if (!error) return null;
  const errors = rawErrors(error);
  if (errors && errors.length > 0) {
    const first = errors.find((e) => isErrorCode(e.extensions?.code)) ?? errors[0];
    const code = first.extensions?.code;
    const fields: Record<string, string> = {};
    for (const e of errors) {
      const f = e.extensions?.fields;
      if (f && typeof f === 'object') {
        for (const [key, value] of Object.entries(f as Record<string, unknown>)) {
          if (typeof value === 'string') fields[key] = value;
          else if (Array.isArray(value) && typeof value[0] === 'string') fields[key] = value[0];
        }
      }
    }
    // An id that is no id at all (a hand-edited address such as /fragen/abc) is refused by the API before
    // any lookup; for the person it is simply something that does not exist.
    const keys = Object.keys(fields);
    if (code === 'BAD_USER_INPUT' && keys.length > 0 && keys.every((k) => ID_FIELD.test(k))) {
      return { code: 'NOT_FOUND', message: first.message ?? '', fields };
    }
    return { code: isErrorCode(code) ? code : 'UNKNOWN', message: first.message ?? '', fields };
  }
  if (ServerError.is(error)) return { code: 'UNKNOWN', message: error.message, fields: {} };
  if (error instanceof TypeError) return { code: 'NETWORK', message: error.message, fields: {} };
  return { code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error), fields: {} };
}

/** Error message keys in the `errors.*` namespace of the translation files. */
export function errorMessageKey(error: ParsedApiError): string {
  return `errors.${error.code}`;
}
