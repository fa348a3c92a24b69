import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

// Errors that mean "the database or Redis cannot be reached right now", not "this request is wrong":
// connection refused, reset or timed out (pg's pool, node-redis), PostgreSQL shutting down or starting
// (SQLSTATE 57P01-57P03), connection exceptions (class 08), too many connections (53300).
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const PG_UNAVAILABLE = /^(08...|57P0[123]|53300)$/;
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated due to connection timeout|The client is closed|Socket closed unexpectedly|Connection timeout|Client is not connected|Redis is not ready/i;
const REDIS_ERRORS = new Set([
  'ClientClosedError',
  'ClientOfflineError',
  'ConnectionTimeoutError',
  'SocketClosedUnexpectedlyError',
  'ReconnectStrategyError',
]);

/** A dependency is unreachable; services may throw it themselves (e.g. a Redis call that timed out). */
export class ServiceUnavailableError extends Error {
  constructor(message = 'Ein benötigter Dienst ist nicht erreichbar.') {
    super(message);
    this.name = 'ServiceUnavailableError';
  }
}

export function isServiceUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  if (err instanceof ServiceUnavailableError) return true;
  const e = err as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    thrownValue?: unknown;
    errors?: unknown;
  };
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || PG_UNAVAILABLE.test(e.code))) return true;
  if (typeof e.name === 'string' && REDIS_ERRORS.has(e.name)) return true;
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  // Wrapped: TypeORM's driverError, an error's cause, a non-Error value GraphQL wrapped (NonErrorThrown),
  // the attempts of an AggregateError (a connect to several addresses).
  return (
    isServiceUnavailable(e.driverError, depth + 1) ||
    isServiceUnavailable(e.cause, depth + 1) ||
    isServiceUnavailable(e.thrownValue, depth + 1) ||
    (Array.isArray(e.errors) && e.errors.some((x: unknown) => isServiceUnavailable(x, depth + 1)))
  );
}

export const SERVICE_UNAVAILABLE_MESSAGE =
  'Der Dienst ist vorübergehend nicht erreichbar (Datenbank oder Redis). Bitte versuchen Sie es gleich erneut.';

/** For failures before execution (the request context): HTTP 503 with the contract's code. */
export function serviceUnavailableGraphQLError(): GraphQLError {
  return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}

/** Answers with HTTP 503 when an error of the response is SERVICE_UNAVAILABLE, so proxies and clients see it. */
export function serviceUnavailableStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) response.http.status = 503;
        },
      };
    },
  };
}
