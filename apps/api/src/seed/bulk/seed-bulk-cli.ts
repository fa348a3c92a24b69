import 'reflect-metadata';
import fs from 'node:fs';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../config/app-config';
import { dataSourceOptions } from '../../database/data-source-options';
import {
  embeddedUrlFile,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from '../../database/embedded-database';
import { runMigrations, withStartupLock } from '../../database/run-migrations';
import { seedDemoData } from '../demo-seed';
import { seedBulk } from './bulk-seeder';

// `npm run seed:bulk -- --threads 100000`: a large deterministic data set on top of the demo data, in
// DATABASE_URL or the embedded database (the running forum's, or one started for the run).
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a non-negative integer`);
  return value;
}

async function reachable(url: string): Promise<boolean> {
  const pool = new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 1500 });
  try {
    await pool.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await pool.end();
  }
}

async function main() {
  const config = loadConfig();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const file = embeddedUrlFile(config.dataDir);
    if (fs.existsSync(file) && (await reachable(fs.readFileSync(file, 'utf8')))) {
      url = fs.readFileSync(file, 'utf8');
      log("Using the running forum's embedded PostgreSQL");
    } else {
      embedded = await startEmbeddedDatabase(config.dataDir, log, config.embeddedRuntimeDir);
      url = embedded.url;
    }
  }
  try {
    const ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
    await withStartupLock(ds, async () => {
      await runMigrations(ds);
      await seedDemoData(ds, config.demoPassword);
    });
    await ds.destroy();
    const threads = arg('threads', 10_000);
    log(
      `Bulk data: ${threads} threads, ~${arg('posts-per-thread', 10)} posts each, ${arg('users', 5000)} users`,
    );
    const pool = new Pool({ connectionString: url, max: 2 });
    try {
      const counts = await seedBulk(pool, {
        threads,
        users: arg('users', 5000),
        postsPerThread: arg('posts-per-thread', 10),
        log,
      });
      log(
        `Inserted: ${Object.entries(counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')}`,
      );
    } finally {
      await pool.end();
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
