import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { PreparingClient } from './preparing-client';

export const DB_CONNECT_TIMEOUT_MS = 5000;

/**
 * `entities`: the entity list belongs to the composition root (src/entities.ts), which passes it; the
 * command-line tools (migrations, bulk seed) run plain SQL and need none.
 */
export function dataSourceOptions(
  url: string,
  poolSize = 20,
  entities: DataSourceOptions['entities'] = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: poolSize,
      application_name: 'forum-kommunalpakt',
      Client: PreparingClient,
      // While PostgreSQL is unreachable a request fails after this instead of waiting for a connection
      // forever (SERVICE_UNAVAILABLE); the pool opens new connections by itself once it is back.
      connectionTimeoutMillis: DB_CONNECT_TIMEOUT_MS,
      keepAlive: true,
    },
  };
}
