import { createBoard, createTopic, createUser } from '../../test/factories';
import { createTestDatabase } from '../../test/test-database';
import { startTestApp } from '../../test/test-app';
import { resetDemoData } from './demo-reset';
import { DEMO_THREADS } from './demo-threads';

// `npm run demo -- --reset`: clean demo data before a presentation, never on a database that is not a
// demo database (real PostgreSQL; each step starts the forum on the same database, as a restart would).
describe('demo reset', () => {
  it('refuses a database without demo data and changes nothing', async () => {
    const database = await createTestDatabase();
    try {
      const plain = await startTestApp({}, { database });
      const board = await createBoard(plain.ds, { title: 'Echte Daten' });
      await createUser(plain.ds, { displayName: 'Echte Person' });
      await expect(resetDemoData(plain.ds, 'development')).rejects.toThrow(/Demo reset refused/);
      await plain.close();

      await expect(startTestApp({ DEMO_RESET: 'true' }, { database, seed: true })).rejects.toThrow(
        /no demo seed marker/,
      );
      const after = await startTestApp({}, { database });
      const [row] = await after.ds.query(
        `SELECT (SELECT count(*) FROM boards WHERE id = $1)::int AS boards, (SELECT count(*) FROM users)::int AS users`,
        [board],
      );
      expect(row).toEqual({ boards: 1, users: 1 });
      await after.close();
    } finally {
      await database.drop();
    }
  });

  it('restores the clean demo data, and never runs with NODE_ENV=production', async () => {
    const database = await createTestDatabase();
    try {
      const demo = await startTestApp({}, { database, seed: true });
      const topic = await createTopic(demo.ds, await createBoard(demo.ds));
      const author = await createUser(demo.ds);
      await demo.ds.query(
        `INSERT INTO threads (topic_id, author_id, title, last_activity_at) VALUES ($1, $2, 'Testfrage (c7e5234a)', now())`,
        [topic, author.id],
      );
      await expect(resetDemoData(demo.ds, 'production')).rejects.toThrow(/NODE_ENV=production/);
      await demo.close();

      const reset = await startTestApp({ DEMO_RESET: 'true' }, { database, seed: true });
      const [counts] = await reset.ds.query(
        `SELECT
        (SELECT count(*) FROM threads)::int AS threads,
        (SELECT count(*) FROM threads WHERE title ~ '\\([0-9a-f]{8}\\)')::int AS hex,
        (SELECT count(*) FROM users WHERE id = $1)::int AS test_user,
        (SELECT count(*) FROM typeorm_migrations)::int > 0 AS migrated`,
        [author.id],
      );
      expect(counts).toEqual({ threads: DEMO_THREADS.length, hex: 0, test_user: 0, migrated: true });
      await reset.close();
    } finally {
      await database.drop();
    }
  });
});
