import path from 'node:path';

// The one place that reads process.env: validated once at boot, then passed around typed.
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  /** Prefix of every Redis key and channel, so several forums (or test runs) can share one Redis. */
  redisKeyPrefix: string;
  demoPassword: string;
  sessionTtlHours: number;
  secureCookies: boolean;
  trustProxy: boolean;
  webDistDir: string | undefined;
  logLevel: string;
  loginMaxFailures: number;
  graphqlMaxDepth: number;
  graphqlMaxComplexity: number;
}

export const DEFAULT_DEMO_PASSWORD = 'Kommunalpakt-Demo-2026';

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`Configuration error: ${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`Configuration error: ${name} must be true or false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new Error(
      `Configuration error: NODE_ENV must be development, production or test, got "${nodeEnvRaw}"`,
    );
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('Configuration error: DATABASE_URL must start with postgres:// or postgresql://');
  }
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new Error('Configuration error: REDIS_URL must start with redis:// or rediss://');
  }
  return {
    nodeEnv,
    port: intFrom(env, 'PORT', 3000),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    redisUrl,
    redisKeyPrefix: env.REDIS_KEY_PREFIX || 'forum',
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    sessionTtlHours: intFrom(env, 'SESSION_TTL_HOURS', 24 * 14),
    secureCookies: boolFrom(env, 'SESSION_SECURE_COOKIE', nodeEnv === 'production'),
    trustProxy: boolFrom(env, 'TRUST_PROXY', false),
    webDistDir: env.WEB_DIST_DIR || undefined,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    loginMaxFailures: intFrom(env, 'LOGIN_MAX_FAILURES', 5),
    graphqlMaxDepth: intFrom(env, 'GRAPHQL_MAX_DEPTH', 12),
    graphqlMaxComplexity: intFrom(env, 'GRAPHQL_MAX_COMPLEXITY', 5000),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
