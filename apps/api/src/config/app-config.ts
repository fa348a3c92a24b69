import { createHash } from 'node:crypto';
import path from 'node:path';
import { loadOidcProviders, type OidcProviderConfig } from './oidc-config';

// The one place that reads process.env: validated once at boot, then passed around typed.
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Started as root: where the embedded PostgreSQL's binaries and data go when DATA_DIR is out of reach of the postgres user. */
  embeddedRuntimeDir: string;
  redisUrl: string | undefined;
  /** Connections per API instance to PostgreSQL. */
  dbPoolSize: number;
  /** Viewers of sessions kept per instance (0: no cache) and how long at most (auth/viewer-cache.ts). */
  viewerCacheMax: number;
  viewerCacheTtlMs: number;
  /** Prefix of every Redis key and channel, so several forums (or test runs) can share one Redis. */
  redisKeyPrefix: string;
  demoPassword: string;
  sessionTtlHours: number;
  secureCookies: boolean;
  trustProxy: boolean;
  webDistDir: string | undefined;
  logLevel: string;
  loginMaxFailures: number;
  /** Registration attempts per client address (IP) and hour. */
  registerMaxPerHour: number;
  graphqlMaxDepth: number;
  graphqlMaxComplexity: number;
  /** Hours between retention runs (account/retention.service.ts); 0 disables the timer. */
  retentionIntervalHours: number;
  /** SMTP server for outgoing mail (smtp:// or smtps://); unset: mails are written to the log instead. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Base URL of the forum as users reach it (links in e-mails), without a trailing slash. */
  publicUrl: string;
  /** HMAC key of the unsubscribe and e-mail confirmation links. */
  mailSecret: string;
  /** How often the mail worker looks for due mails and digests; 0 disables the timer (tests call drain()). */
  mailPollIntervalMs: number;
  /** A DGS video the operator hosts elsewhere (https URL, or a path on this origin); see also dgsDir. */
  dgsVideoUrl: string | undefined;
  /** DGS videos (and WebVTT captions) the operator puts here are served under /dgs/: DATA_DIR/dgs. */
  dgsDir: string;
  /** `npm run demo -- --reset`: restore the clean demo data at start (demo databases only). */
  demoReset: boolean;
  /** PASSWORD_LOGIN=false: sign-in only through the OpenID Connect providers (login and register refused). */
  passwordLogin: boolean;
  /** "Passwort vergessen?" requests per client address (IP) and hour (per e-mail address: 3). */
  passwordResetMaxPerHour: number;
  /** OpenID Connect providers (OIDC_PROVIDERS, or OIDC_ISSUER … as `default`). */
  oidcProviders: OidcProviderConfig[];
  /** Largest attachment in bytes (UPLOAD_MAX_MB, default 20). */
  uploadMaxBytes: number;
  /** clamd that scans every upload (tcp://host:port or unix:///path); see uploadScan. */
  clamdUrl: string | undefined;
  /** false only when UPLOAD_SCAN=false is set: uploads are accepted without a virus scan. */
  uploadScan: boolean;
  clamdTimeoutMs: number;
  /** Where attachments are kept: PostgreSQL (default) or a directory (UPLOAD_DIR). */
  uploadStorage: 'pg' | 'dir';
  uploadDir: string;
  /** Days the files of deleted posts (or replaced by an edit) are kept before they are removed. */
  deletedFileRetentionDays: number;
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
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new Error('Configuration error: SMTP_URL must start with smtp:// or smtps://');
  }
  const dgsVideoUrl = env.DGS_VIDEO_URL || undefined;
  if (dgsVideoUrl && !/^(https?:\/\/[^/\s]+|\/[^/\s])\S*$/.test(dgsVideoUrl)) {
    throw new Error('Configuration error: DGS_VIDEO_URL must be an http(s):// URL or a path starting with /');
  }
  const port = intFrom(env, 'PORT', 3000);
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new Error('Configuration error: PUBLIC_URL must be an http:// or https:// URL');
  }
  let mailSecret = env.MAIL_SECRET || '';
  if (mailSecret && mailSecret.length < 32) {
    throw new Error('Configuration error: MAIL_SECRET must be at least 32 characters long');
  }
  if (!mailSecret && nodeEnv === 'production') {
    throw new Error('Configuration error: MAIL_SECRET is required with NODE_ENV=production');
  }
  // Outside production a key derived from the database keeps links valid across restarts and instances.
  mailSecret ||= createHash('sha256')
    .update(`forum-kommunalpakt-dev-mail-secret:${databaseUrl ?? path.resolve(env.DATA_DIR || '.data')}`)
    .digest('base64url');
  const clamdUrl = env.CLAMD_URL || undefined;
  if (clamdUrl && !/^(tcp:\/\/[^:/]+:\d+\/?|unix:\/\/\/.+)$/.test(clamdUrl)) {
    throw new Error('Configuration error: CLAMD_URL must be tcp://host:port or unix:///path/to/clamd.ctl');
  }
  const uploadStorage = env.UPLOAD_STORAGE || 'pg';
  if (uploadStorage !== 'pg' && uploadStorage !== 'dir') {
    throw new Error(`Configuration error: UPLOAD_STORAGE must be pg or dir, got "${uploadStorage}"`);
  }
  const uploadMaxMb = intFrom(env, 'UPLOAD_MAX_MB', 20);
  if (uploadMaxMb < 1 || uploadMaxMb > 1024) {
    throw new Error('Configuration error: UPLOAD_MAX_MB must be between 1 and 1024');
  }
  return {
    nodeEnv,
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    embeddedRuntimeDir: path.resolve(env.EMBEDDED_PG_RUNTIME_DIR || '/var/lib/forum-kommunalpakt'),
    redisUrl,
    redisKeyPrefix: env.REDIS_KEY_PREFIX || 'forum',
    dbPoolSize: intFrom(env, 'DB_POOL_SIZE', 20),
    viewerCacheMax: intFrom(env, 'VIEWER_CACHE_MAX', 20_000),
    viewerCacheTtlMs: intFrom(env, 'VIEWER_CACHE_TTL_MS', 300_000),
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    sessionTtlHours: intFrom(env, 'SESSION_TTL_HOURS', 24 * 14),
    secureCookies: boolFrom(env, 'SESSION_SECURE_COOKIE', nodeEnv === 'production'),
    trustProxy: boolFrom(env, 'TRUST_PROXY', false),
    webDistDir: env.WEB_DIST_DIR || undefined,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    loginMaxFailures: intFrom(env, 'LOGIN_MAX_FAILURES', 5),
    registerMaxPerHour: intFrom(env, 'REGISTER_MAX_PER_HOUR', 30),
    graphqlMaxDepth: intFrom(env, 'GRAPHQL_MAX_DEPTH', 12),
    graphqlMaxComplexity: intFrom(env, 'GRAPHQL_MAX_COMPLEXITY', 5000),
    // Tests call RetentionService.run() themselves; a timer would delete rows under a running test.
    retentionIntervalHours: intFrom(env, 'RETENTION_INTERVAL_HOURS', nodeEnv === 'test' ? 0 : 24),
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Forum Kommunalpakt <no-reply@localhost>',
    publicUrl,
    mailSecret,
    // Tests drive the worker with drain() unless they ask for the timer (background queries would skew them).
    mailPollIntervalMs: intFrom(env, 'MAIL_POLL_INTERVAL_MS', nodeEnv === 'test' ? 0 : 10_000),
    dgsVideoUrl,
    dgsDir: path.join(path.resolve(env.DATA_DIR || '.data'), 'dgs'),
    demoReset: boolFrom(env, 'DEMO_RESET', false),
    passwordLogin: boolFrom(env, 'PASSWORD_LOGIN', true),
    passwordResetMaxPerHour: intFrom(env, 'PASSWORD_RESET_MAX_PER_HOUR', 30),
    oidcProviders: loadOidcProviders(env),
    uploadMaxBytes: uploadMaxMb * 1024 * 1024,
    clamdUrl,
    uploadScan: boolFrom(env, 'UPLOAD_SCAN', true),
    clamdTimeoutMs: intFrom(env, 'CLAMD_TIMEOUT_MS', 60_000),
    uploadStorage,
    uploadDir: path.resolve(env.UPLOAD_DIR || path.join(path.resolve(env.DATA_DIR || '.data'), 'uploads')),
    deletedFileRetentionDays: intFrom(env, 'DELETED_FILE_RETENTION_DAYS', 30),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
