import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Makes the notification fan-out cheap per row; measured on 1,000 recipients (EXPLAIN ANALYZE): 49 ms, of
 * which 24 ms foreign-key checks and 11 ms of the unread count.
 *
 * 1. Unread notifications per user as a denormalised counter. Counting them per recipient on every fan-out
 * cost one index scan per recipient, growing with their backlog (a Land's staff collect thousands). Kept by
 * statement-level triggers with transition tables, so every writer (fan-out, mark read, retention, cascades
 * of deleted accounts, the bulk seeder) keeps it exact in its own transaction. Counters are locked in
 * user-id order, so concurrent statements touching the same people cannot deadlock.
 * 2. The references to actor, thread and post lose their foreign keys: each cost a lookup with a row lock
 *    on every inserted row. Only the fan-out writes them, with ids of rows it has just read, and the app
 *    never hard-deletes users, threads or posts; should someone do so in SQL, statement triggers do what
 *    the foreign keys did (ON DELETE SET NULL / CASCADE). The recipient keeps its foreign key (and the
 *    cascade that a deleted account's notifications go with it).
 */
export class NotificationFanout1763900000009 implements MigrationInterface {
  name = 'NotificationFanout1763900000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_counters (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        unread int NOT NULL DEFAULT 0
      )`);
    // Deltas per user from the statement's transition tables. Users deleted in the same transaction (their
    // notifications cascade) are skipped; a negative delta never meets a missing row, since the row was
    // created when that notification arrived.
    const apply = (deltas: string) => `
        INSERT INTO notification_counters AS c (user_id, unread)
        SELECT d.recipient_id, d.n FROM (${deltas}) d
         WHERE d.n <> 0 AND EXISTS (SELECT 1 FROM users u WHERE u.id = d.recipient_id)
         ORDER BY d.recipient_id
        ON CONFLICT (user_id) DO UPDATE SET unread = greatest(c.unread + EXCLUDED.unread, 0);`;
    const fn = (name: string, deltas: string) => `
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${apply(deltas)}
        RETURN NULL;
      END $$`;
    await q.query(
      fn(
        'notification_counters_insert',
        'SELECT recipient_id, count(*)::int AS n FROM new_rows WHERE read_at IS NULL GROUP BY recipient_id',
      ),
    );
    await q.query(
      fn(
        'notification_counters_update',
        `SELECT recipient_id, sum(n)::int AS n FROM (
           SELECT recipient_id, 1 AS n FROM new_rows WHERE read_at IS NULL
           UNION ALL SELECT recipient_id, -1 FROM old_rows WHERE read_at IS NULL) x GROUP BY recipient_id`,
      ),
    );
    await q.query(
      fn(
        'notification_counters_delete',
        'SELECT recipient_id, -count(*)::int AS n FROM old_rows WHERE read_at IS NULL GROUP BY recipient_id',
      ),
    );
    await q.query(`
      CREATE TRIGGER notification_counters_ins AFTER INSERT ON notifications
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notification_counters_insert()`);
    await q.query(`
      CREATE TRIGGER notification_counters_upd AFTER UPDATE ON notifications
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION notification_counters_update()`);
    await q.query(`
      CREATE TRIGGER notification_counters_del AFTER DELETE ON notifications
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notification_counters_delete()`);
    await q.query(`
      INSERT INTO notification_counters (user_id, unread)
      SELECT recipient_id, count(*) FROM notifications WHERE read_at IS NULL GROUP BY recipient_id`);
    await q.query(`ANALYZE notification_counters`);

    for (const column of ['actor_id', 'thread_id', 'post_id'])
      await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_${column}_fkey`);
    const onDelete = (table: string, action: string) =>
      q.query(`
        CREATE FUNCTION notifications_on_${table}_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN ${action}; RETURN NULL; END $$;
        CREATE TRIGGER notifications_on_${table}_delete AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION notifications_on_${table}_delete()`);
    await onDelete(
      'users',
      'UPDATE notifications SET actor_id = NULL WHERE actor_id IN (SELECT id FROM gone)',
    );
    await onDelete('threads', 'DELETE FROM notifications WHERE thread_id IN (SELECT id FROM gone)');
    await onDelete('posts', 'DELETE FROM notifications WHERE post_id IN (SELECT id FROM gone)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['users', 'threads', 'posts']) {
      await q.query(`DROP TRIGGER IF EXISTS notifications_on_${table}_delete ON ${table}`);
      await q.query(`DROP FUNCTION IF EXISTS notifications_on_${table}_delete()`);
    }
    await q.query(
      `UPDATE notifications n SET actor_id = NULL WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = n.actor_id)`,
    );
    await q.query(
      `DELETE FROM notifications n WHERE n.thread_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM threads t WHERE t.id = n.thread_id)`,
    );
    await q.query(
      `DELETE FROM notifications n WHERE n.post_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.id = n.post_id)`,
    );
    await q.query(
      `ALTER TABLE notifications ADD FOREIGN KEY (actor_id) REFERENCES users(id) ON DELETE SET NULL`,
    );
    await q.query(
      `ALTER TABLE notifications ADD FOREIGN KEY (thread_id) REFERENCES threads(id) ON DELETE CASCADE`,
    );
    await q.query(
      `ALTER TABLE notifications ADD FOREIGN KEY (post_id) REFERENCES posts(id) ON DELETE CASCADE`,
    );
    for (const t of ['ins', 'upd', 'del'])
      await q.query(`DROP TRIGGER IF EXISTS notification_counters_${t} ON notifications`);
    for (const f of ['insert', 'update', 'delete'])
      await q.query(`DROP FUNCTION IF EXISTS notification_counters_${f}()`);
    await q.query(`DROP TABLE IF EXISTS notification_counters`);
  }
}
