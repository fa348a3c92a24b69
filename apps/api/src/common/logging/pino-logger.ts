import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

/**
 * The process's one pino instance, secrets and cookies redacted: JSON lines on stdout (production, tests,
 * log collectors), or human-readable lines through pino-pretty for a developer's terminal.
 */
export function createRootLogger(level: string, human = false): Logger {
  const options = {
    level,
    base: { service: 'forum-api' },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  };
  if (!human) return pino(options);
  return pino(
    options,
    // Synchronous, in this thread: a development start prints in order, and nothing is lost on exit.
    pretty({
      colorize: Boolean(process.stdout.isTTY),
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,service,context',
      messageFormat: '{if context}[{context}] {end}{msg}',
      sync: true,
    }),
  );
}

/**
 * Nest's start-up chatter (modules initialised, every route mapped: about 60 lines) is logged only from
 * warn up, unless LOG_LEVEL asks for debug: the URL and the demo logins stay the last lines of a start.
 */
const BOOTSTRAP_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
  'GraphQLModule',
  'WebSocketsController',
]);
const QUIET_LEVELS = new Set<pino.Level>(['info', 'debug', 'trace']);

/**
 * Nest's LoggerService over pino. Deliberately without AsyncLocalStorage (nestjs-pino binds every request
 * to one): on Node 20 an active AsyncLocalStorage runs a hook for every promise, which cost 25 % of the
 * GraphQL throughput in the benchmark. Request ids are logged by the HTTP logger and in GraphQL errors.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }

  /** Nest passes (message, context) or, for errors, (message, stack, context). */
  private write(level: pino.Level, message: unknown, rest: unknown[]) {
    if (!this.logger.isLevelEnabled(level)) return;
    const strings = rest.filter((r): r is string => typeof r === 'string');
    const context = strings.length ? strings[strings.length - 1] : undefined;
    if (
      context &&
      BOOTSTRAP_CONTEXTS.has(context) &&
      QUIET_LEVELS.has(level) &&
      !this.logger.isLevelEnabled('debug')
    )
      return;
    const stack = level === 'error' && strings.length > 1 ? strings[0] : undefined;
    const fields: Record<string, unknown> = {};
    if (context) fields.context = context;
    if (stack) fields.stack = stack;
    if (message instanceof Error) {
      fields.err = message;
      this.logger[level](fields, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ ...fields, ...(message as object) });
    } else {
      this.logger[level](fields, String(message));
    }
  }
}
