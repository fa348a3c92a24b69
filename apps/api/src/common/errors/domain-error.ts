import { HttpException } from '@nestjs/common';
import type { ErrorCode } from '@forum/shared';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * The one error type services throw. The GraphQL error formatter maps it to `extensions.code`;
 * `fields` carries per-input-field messages for BAD_USER_INPUT.
 */
// Extends HttpException so Nest treats it as an expected outcome (no error log), also over REST.
export class DomainError extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super({ code, message, ...(fields ? { fields } : {}) }, STATUS[code]);
    this.name = 'DomainError';
  }
}

export const unauthenticated = (message = 'Bitte melden Sie sich an.') =>
  new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Dazu fehlt Ihnen die Berechtigung.') =>
  new DomainError('FORBIDDEN', message);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} wurde nicht gefunden.`);
export const badInput = (message: string, fields?: Record<string, string>) =>
  new DomainError('BAD_USER_INPUT', message, fields);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
export const rateLimited = (message: string) => new DomainError('RATE_LIMITED', message);
