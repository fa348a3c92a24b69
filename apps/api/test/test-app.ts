import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { createTestDatabase } from './test-database';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors?: { message: string; extensions?: { code?: string; fields?: Record<string, string> } }[];
  headers: Headers;
}

export interface TestApp {
  app: NestExpressApplication;
  ds: DataSource;
  url: string;
  config: AppConfig;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { token?: string; cookie?: string },
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/** The real forum on a random port against its own fresh PostgreSQL database. */
export async function startTestApp(
  env: Record<string, string> = {},
  opts: { seed?: boolean; database?: { url: string; drop: () => Promise<void> } } = {},
): Promise<TestApp> {
  const db = opts.database ?? (await createTestDatabase());
  // Several apps run at once in the two test workers; the PostgreSQL server allows 100 connections in all.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', DB_POOL_SIZE: '6', ...env });
  const { app } = await createApp(config, db.url, { seed: opts.seed ?? false, serveWeb: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    ds: app.get(DataSource),
    url,
    config,
    async gql(query, variables, auth) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (auth?.token) headers.authorization = `Bearer ${auth.token}`;
      if (auth?.cookie) headers.cookie = auth.cookie;
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: GqlResult['errors'] };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
    async close() {
      await app.close();
      if (!opts.database) await db.drop();
    },
  };
}

export function errorCode(res: GqlResult): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/** Fails with the server's error text when a call that should succeed did not. */
export function ok<T>(res: GqlResult<T>): T {
  if (res.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

/** Two API instances on one database, sharing Redis under a fresh key prefix; `b` leaves the database to `a`. */
export async function startInstancePair(
  redisUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<{ a: TestApp; b: TestApp }> {
  const env = {
    ...extraEnv,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: `forum-test-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  };
  const a = await startTestApp(env);
  const dbUrl = (a.ds.options as { url: string }).url;
  const b = await startTestApp(env, { database: { url: dbUrl, drop: async () => undefined } });
  return { a, b };
}
