import { startTestApp, type TestApp } from '../../test/test-app';
import { USER_DATA_TABLES } from './export-registry';

// Proof that "Meine Daten herunterladen" and "Konto löschen" know every place that stores user data:
// every column that references users(id), read from the migrated database's foreign keys, must be
// listed in USER_DATA_TABLES. A new table with user data fails here until its export and erase are decided.
describe('user data registry (DSGVO export and deletion)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const userForeignKeys = async () =>
    (await t.ds.query(
      `SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
         FROM pg_constraint c
         JOIN LATERAL unnest(c.conkey) AS k(attnum) ON true
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
        WHERE c.contype = 'f' AND c.confrelid = 'public.users'::regclass
        ORDER BY 1, 2`,
    )) as { table: string; column: string }[];

  it('finds the foreign keys it checks', async () => {
    const keys = await userForeignKeys();
    expect(keys).toContainEqual({ table: 'posts', column: 'author_id' });
    expect(keys).toContainEqual({ table: 'sessions', column: 'user_id' });
  });

  it('lists every table and column that references users(id)', async () => {
    const registered = new Map(USER_DATA_TABLES.map((e) => [e.table, e]));
    const missing = (await userForeignKeys())
      .filter(({ table, column }) => !(column in (registered.get(table)?.userColumns ?? {})))
      .map(({ table, column }) => `${table}.${column}`);
    expect(missing).toEqual([]);
  });

  it('names only tables and columns that exist, each table once, with an export and an erase rule', async () => {
    const columns = (await t.ds.query(
      `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = 'public'`,
    )) as { table: string; column: string }[];
    const existing = new Set(columns.map((c) => `${c.table}.${c.column}`));
    const stale = USER_DATA_TABLES.flatMap((e) =>
      Object.keys(e.userColumns)
        .map((column) => `${e.table}.${column}`)
        .filter((name) => !existing.has(name)),
    );
    expect(stale).toEqual([]);
    const tables = USER_DATA_TABLES.map((e) => e.table);
    expect(new Set(tables).size).toBe(tables.length);
    const sections = USER_DATA_TABLES.flatMap((e) => ('section' in e.export ? [e.export.section] : []));
    expect(new Set(sections).size).toBe(sections.length);
    for (const entry of USER_DATA_TABLES) {
      expect('section' in entry.export || entry.export.excluded.length > 0).toBe(true);
      expect(typeof entry.erase === 'function' || entry.erase.kept.length > 0).toBe(true);
    }
  });
});
