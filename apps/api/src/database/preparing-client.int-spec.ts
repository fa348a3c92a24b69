import { createTestDatabase } from '../../test/test-database';
import { CUSTOM_PLAN, MAX_PREPARED_PER_CONNECTION, PreparingClient } from './preparing-client';

// The pool's client prepares statements with parameters once per connection; what PostgreSQL holds as
// prepared statements of the session is the proof.
describe('PreparingClient (named prepared statements, real PostgreSQL)', () => {
  let db: { url: string; drop: () => Promise<void> };
  let client: PreparingClient;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = new PreparingClient({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  const prepared = async () =>
    (
      await client.query<{ statement: string }>(
        'SELECT statement FROM pg_prepared_statements ORDER BY prepare_time',
      )
    ).rows.map((r) => r.statement);

  it('prepares a statement with parameters once and reuses it', async () => {
    expect((await client.query('SELECT $1::int + 1 AS n', [1])).rows).toEqual([{ n: 2 }]);
    expect((await client.query('SELECT $1::int + 1 AS n', [41])).rows).toEqual([{ n: 42 }]);
    expect(await prepared()).toEqual(['SELECT $1::int + 1 AS n']);
  });

  it('leaves statements without parameters and custom-plan statements unnamed', async () => {
    await client.query('SELECT 1');
    await client.query(`${CUSTOM_PLAN} SELECT $1::text AS t`, ['x']);
    expect(await prepared()).toEqual(['SELECT $1::int + 1 AS n']);
  });

  it('still answers errors of a named statement and can run it again after fixing nothing', async () => {
    await expect(client.query('SELECT 1 / $1::int', [0])).rejects.toThrow('division by zero');
    expect((await client.query('SELECT 1 / $1::int AS n', [1])).rows).toEqual([{ n: 1 }]);
  });

  it('stops naming new statements at the per-connection limit', async () => {
    const before = (await prepared()).length;
    for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + 5; i++)
      await client.query(`SELECT $1::int + ${i}`, [i]);
    expect((await prepared()).length).toBe(MAX_PREPARED_PER_CONNECTION);
    expect(before).toBeLessThan(MAX_PREPARED_PER_CONNECTION);
  });
});
