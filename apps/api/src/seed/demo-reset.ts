import type { DataSource } from 'typeorm';
import { SEEDED_KEY } from './demo-seed';

/**
 * `npm run demo -- --reset`: empties every table (the schema and its migrations stay) so that the demo
 * seed runs again, e.g. before a presentation. Refuses a database that is not a demo database: one
 * without the demo seed's marker, or any database with NODE_ENV=production.
 */
export async function resetDemoData(ds: DataSource, nodeEnv: string): Promise<void> {
  if (nodeEnv === 'production') {
    throw new Error('Demo reset refused: NODE_ENV=production is never a demo database.');
  }
  const marker: unknown[] = await ds.query('SELECT 1 FROM app_meta WHERE key = $1', [SEEDED_KEY]);
  if (!marker.length) {
    throw new Error(
      'Demo reset refused: this database holds no demo data (no demo seed marker); nothing was changed.',
    );
  }
  const tables: { name: string }[] = await ds.query(
    `SELECT quote_ident(tablename) AS name FROM pg_tables
      WHERE schemaname = current_schema() AND tablename <> 'typeorm_migrations'`,
  );
  // TRUNCATE is not an UPDATE or DELETE: the audit log's append-only trigger does not apply to a reset.
  await ds.query(`TRUNCATE ${tables.map((t) => t.name).join(', ')} RESTART IDENTITY CASCADE`);
}
