import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { dgsMediaSources, serveDgsVideos } from './accessibility/dgs-videos';
import { AppModule } from './app.module';
import { refuseControlCharacters, routingCookie } from './common/http/request-guards';
import { httpLogger } from './common/logging/http-logger';
import { createRootLogger, PinoNestLogger } from './common/logging/pino-logger';
import { createValidationPipe } from './common/validation/validation-pipe';
import type { AppConfig } from './config/app-config';
import { probeDatabase } from './database/probe-database';
import { runMigrations, withStartupLock } from './database/run-migrations';
import { connectRedis } from './redis/redis-connection';
import { resetDemoData } from './seed/demo-reset';
import { seedDemoData, type SeedSummary } from './seed/demo-seed';
import { RedisIoAdapter } from './realtime/redis-io.adapter';
import { findWebDist, serveWebApp } from './web/web-app';

export interface CreatedApp {
  app: NestExpressApplication;
  migrations: string[];
  seed: SeedSummary;
  webDist: string | undefined;
}

/** Builds the whole forum (used by main.ts, the integration tests and the benchmarks alike). */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  opts: { seed?: boolean; serveWeb?: boolean } = {},
): Promise<CreatedApp> {
  // Dependencies first, outside Nest: an unreachable one ends the start with one line (StartupError).
  await probeDatabase(databaseUrl);
  const redis = config.redisUrl ? await connectRedis(config.redisUrl) : undefined;
  const rootLogger = createRootLogger(config.logLevel, config.nodeEnv === 'development');
  let app: NestExpressApplication;
  try {
    app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, databaseUrl, redis }),
      {
        logger: config.nodeEnv === 'test' ? ['error', 'warn'] : new PinoNestLogger(rootLogger),
        abortOnError: false, // the caller decides; Nest would exit the process
      },
    );
  } catch (err) {
    if (redis?.isOpen) await redis.quit().catch(() => undefined);
    throw err;
  }
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(httpLogger(rootLogger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          // DGS videos: /dgs/ on this origin, or the operator's DGS_VIDEO_URL elsewhere.
          mediaSrc: ["'self'", ...dgsMediaSources(config)],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          upgradeInsecureRequests: config.secureCookies ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(refuseControlCharacters());
  app.use(compression());
  app.use(cookieParser());
  app.use(routingCookie(config.secureCookies));
  app.useGlobalPipes(createValidationPipe());
  if (config.redisUrl && redis) {
    const adapter = new RedisIoAdapter(app);
    await adapter.connectToRedis(redis, config.redisUrl, config.redisKeyPrefix);
    app.useWebSocketAdapter(adapter);
  }

  const dataSource = app.get(DataSource);
  const startup = withStartupLock(dataSource, async () => {
    const applied = await runMigrations(dataSource);
    if (config.demoReset) await resetDemoData(dataSource, config.nodeEnv);
    const seeded =
      opts.seed && config.nodeEnv !== 'production'
        ? await seedDemoData(dataSource, config.demoPassword)
        : { seeded: false };
    return { migrations: applied, seed: seeded };
  });
  // A refused start (e.g. a demo reset on a database that is not a demo database) closes what it opened.
  const { migrations, seed } = await startup.catch(async (err: unknown) => {
    await app.close().catch(() => undefined);
    throw err;
  });

  serveDgsVideos(app, config); // before the web app: /dgs/ never falls back to index.html
  const webDist = opts.serveWeb === false ? undefined : findWebDist(config.webDistDir);
  if (webDist) serveWebApp(app, webDist);
  return { app, migrations, seed, webDist };
}
