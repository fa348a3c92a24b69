import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Everyday comfort and data rights (issue 8): read state (per thread, plus one mark per scope instead of
 * a row per thread), bookmarks, server-side drafts, "hilfreich" reactions, and an index for the
 * "Neueste" / "Unbeantwortet" views across all boards.
 */
export class Comforts1763900000006 implements MigrationInterface {
  name = 'Comforts1763900000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE thread_reads (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        read_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, thread_id)
      )`);
    await q.query(`CREATE INDEX thread_reads_thread_id_idx ON thread_reads (thread_id)`);

    // "Mark all read" globally (scope_id = nil UUID), per board or per topic: one row per scope.
    await q.query(`
      CREATE TABLE read_marks (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        scope_type text NOT NULL CHECK (scope_type IN ('ALL','BOARD','TOPIC')),
        scope_id uuid NOT NULL,
        marked_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, scope_type, scope_id)
      )`);
    // A moved thread keeps what a board or topic mark of its old place said: the mark becomes a
    // thread_reads row, so the thread does not turn unread in its new topic.
    await q.query(`
      CREATE FUNCTION thread_reads_keep_on_move() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO thread_reads AS tr (user_id, thread_id, read_at)
        SELECT m.user_id, NEW.id, max(m.marked_at)
          FROM read_marks m
         WHERE (m.scope_type = 'TOPIC' AND m.scope_id = OLD.topic_id)
            OR (m.scope_type = 'BOARD' AND m.scope_id = (SELECT board_id FROM topics WHERE id = OLD.topic_id))
         GROUP BY m.user_id
        ON CONFLICT (user_id, thread_id) DO UPDATE SET read_at = greatest(tr.read_at, EXCLUDED.read_at);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER thread_reads_move_trg AFTER UPDATE OF topic_id ON threads
      FOR EACH ROW WHEN (OLD.topic_id IS DISTINCT FROM NEW.topic_id)
      EXECUTE FUNCTION thread_reads_keep_on_move()`);

    await q.query(`
      CREATE TABLE bookmarks (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        PRIMARY KEY (user_id, thread_id)
      )`);
    // The list: newest bookmark first, keyset on (created_at, thread_id).
    await q.query(`CREATE INDEX bookmarks_list_idx ON bookmarks (user_id, created_at DESC, thread_id DESC)`);
    await q.query(`CREATE INDEX bookmarks_thread_id_idx ON bookmarks (thread_id)`);

    await q.query(`
      CREATE TABLE drafts (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        key text NOT NULL CHECK (key ~ '^(thread|topic):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
        title text,
        body text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        PRIMARY KEY (user_id, key)
      )`);

    await q.query(`
      CREATE TABLE post_reactions (
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL DEFAULT 'HELPFUL' CHECK (kind IN ('HELPFUL')),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        PRIMARY KEY (post_id, kind, user_id)
      )`);
    await q.query(`CREATE INDEX post_reactions_user_id_idx ON post_reactions (user_id, created_at DESC)`);

    // "Neueste" / "Unbeantwortet" across all boards: keyset on (last_activity_at, id), descending.
    await q.query(
      `CREATE INDEX threads_latest_idx ON threads (last_activity_at DESC, id DESC) WHERE merged_into_id IS NULL`,
    );
    // Profile pages: accepted answers per author.
    await q.query(
      `CREATE INDEX threads_accepted_post_idx ON threads (accepted_post_id) WHERE accepted_post_id IS NOT NULL`,
    );
    // Retention deletes read notifications by age.
    await q.query(
      `CREATE INDEX notifications_read_created_idx ON notifications (created_at) WHERE read_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS notifications_read_created_idx`);
    await q.query(`DROP INDEX IF EXISTS threads_accepted_post_idx`);
    await q.query(`DROP INDEX IF EXISTS threads_latest_idx`);
    await q.query(`DROP TABLE IF EXISTS post_reactions`);
    await q.query(`DROP TABLE IF EXISTS drafts`);
    await q.query(`DROP TABLE IF EXISTS bookmarks`);
    await q.query(`DROP TRIGGER IF EXISTS thread_reads_move_trg ON threads`);
    await q.query(`DROP FUNCTION IF EXISTS thread_reads_keep_on_move()`);
    await q.query(`DROP TABLE IF EXISTS read_marks`);
    await q.query(`DROP TABLE IF EXISTS thread_reads`);
  }
}
