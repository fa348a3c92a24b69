import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { runMigrations, withStartupLock } from './run-migrations';

// `npx nx run api:migrate`: applies pending migrations to DATABASE_URL (the API also does this on start).
async function main() {
  const { databaseUrl } = loadConfig();
  if (!databaseUrl)
    throw new Error('Set DATABASE_URL (the embedded database is migrated by `npm start` itself).');
  const ds = await new DataSource(dataSourceOptions(databaseUrl, 2)).initialize();
  try {
    const applied = await withStartupLock(ds, () => runMigrations(ds));
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
