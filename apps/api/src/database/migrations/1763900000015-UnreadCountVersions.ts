import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versions that let each API instance keep a user's unread counts per topic (reading/unread-counts-cache.ts)
 * and know, with one cheap read, whether they are still right:
 * - `topic_stats.version` grows with every change to a topic's threads (new thread, reply, move, merge, state)
 *   and to the visibility of their posts (hide, delete, restore);
 * - `reading_versions.version` grows with every change to a user's read marks (a thread opened, "alles
 *   gelesen").
 * Both are bumped by triggers inside the writing transaction, so every writer, every instance and plain SQL
 * are covered. Rows are locked in topic-id order, so two moves in opposite directions cannot deadlock.
 * A reply already updates its topic's `topic_stats` row; the version adds one more update of
 * that row in the same transaction (no new row lock). Statement-level triggers with transition tables bump a
 * user's version once per statement, however many marks a "mark all read" deletes.
 */
export class UnreadCountVersions1763900000015 implements MigrationInterface {
  name = 'UnreadCountVersions1763900000015';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE topic_stats ADD COLUMN version bigint NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE FUNCTION topic_version_bump(p_topics uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO topic_stats AS s (topic_id, version)
        SELECT DISTINCT id, 1 FROM unnest(p_topics) AS id WHERE id IS NOT NULL ORDER BY id
        ON CONFLICT (topic_id) DO UPDATE SET version = s.version + 1
      $$`);
    await q.query(`
      CREATE FUNCTION topic_version_of_threads() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM topic_version_bump(ARRAY(SELECT DISTINCT topic_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM topic_version_bump(ARRAY(SELECT DISTINCT topic_id FROM old_rows));
        ELSE
          PERFORM topic_version_bump(ARRAY(SELECT topic_id FROM new_rows UNION SELECT topic_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $$`);
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      const tables =
        op === 'INSERT'
          ? 'NEW TABLE AS new_rows'
          : op === 'DELETE'
            ? 'OLD TABLE AS old_rows'
            : 'NEW TABLE AS new_rows OLD TABLE AS old_rows';
      await q.query(`
        CREATE TRIGGER threads_topic_version_${op.toLowerCase()} AFTER ${op} ON threads
        REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION topic_version_of_threads()`);
    }
    await q.query(`
      CREATE FUNCTION topic_version_of_posts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM topic_version_bump(ARRAY(
          SELECT DISTINCT th.topic_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN threads th ON th.id = n.thread_id
           WHERE n.hidden_at IS DISTINCT FROM o.hidden_at OR n.deleted_at IS DISTINCT FROM o.deleted_at
              OR n.thread_id IS DISTINCT FROM o.thread_id));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER posts_topic_version AFTER UPDATE ON posts
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION topic_version_of_posts()`);

    await q.query(`
      CREATE TABLE reading_versions (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        version bigint NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE FUNCTION reading_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          INSERT INTO reading_versions AS v (user_id, version)
          SELECT DISTINCT o.user_id, 1 FROM old_rows o JOIN users u ON u.id = o.user_id
          ON CONFLICT (user_id) DO UPDATE SET version = v.version + 1;
        ELSE
          INSERT INTO reading_versions AS v (user_id, version)
          SELECT DISTINCT user_id, 1 FROM new_rows
          ON CONFLICT (user_id) DO UPDATE SET version = v.version + 1;
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['thread_reads', 'read_marks'])
      for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
        const tables = op === 'DELETE' ? 'OLD TABLE AS old_rows' : 'NEW TABLE AS new_rows';
        await q.query(`
          CREATE TRIGGER ${table}_version_${op.toLowerCase()} AFTER ${op} ON ${table}
          REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION reading_version_bump()`);
      }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['thread_reads', 'read_marks'])
      for (const op of ['insert', 'update', 'delete'])
        await q.query(`DROP TRIGGER ${table}_version_${op} ON ${table}`);
    await q.query('DROP FUNCTION reading_version_bump()');
    await q.query('DROP TABLE reading_versions');
    await q.query('DROP TRIGGER posts_topic_version ON posts');
    await q.query('DROP FUNCTION topic_version_of_posts()');
    for (const op of ['insert', 'update', 'delete'])
      await q.query(`DROP TRIGGER threads_topic_version_${op} ON threads`);
    await q.query('DROP FUNCTION topic_version_of_threads()');
    await q.query('DROP FUNCTION topic_version_bump(uuid[])');
    await q.query('ALTER TABLE topic_stats DROP COLUMN version');
  }
}
