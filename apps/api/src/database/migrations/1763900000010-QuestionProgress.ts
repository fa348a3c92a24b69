import type { MigrationInterface, QueryRunner } from 'typeorm';

// Open = still OPEN and no Land has answered: the topic's "offen" count means what the badge says.
const OPEN = `(state = 'OPEN' AND first_land_answer_at IS NULL)`;
const openOf = (row: 'NEW' | 'OLD') => `(${row}.state = 'OPEN' AND ${row}.first_land_answer_at IS NULL)::int`;

/**
 * One status everywhere (Offen → Landesantwort liegt vor → Gelöst / Geschlossen):
 *
 * 1. `threads.first_land_answer_at`: the first visible official answer (questions are never official, see
 *    3), kept by triggers on posts in the writer's transaction (reply, hide/show, delete, merge, the
 *    seeders), so that lists filter by status without a subquery per thread. Hiding the only official
 *    answer takes it back.
 * 2. `threads.accepted_at`: when the solution was accepted ("gelöst heute", the presenter's history).
 *    Earlier acceptances get the accepted post's time, the closest stored value.
 * 3. A question is not an answer: opening posts by Land accounts lose the `official` mark (it made a
 *    Land's question show "Offizielle Antwort", and a merge moved such a question into another thread
 *    where it counted as an answer). New questions are written without it.
 * 4. `topic_stats.open_thread_count` counts open questions in that sense.
 */
export class QuestionProgress1763900000010 implements MigrationInterface {
  name = 'QuestionProgress1763900000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE threads
        ADD COLUMN first_land_answer_at timestamptz,
        ADD COLUMN accepted_at timestamptz`);

    await q.query(`
      UPDATE posts p SET official = false
        FROM threads t
       WHERE p.official AND t.author_id = p.author_id AND t.created_at = p.created_at
         AND (t.id = p.thread_id OR t.merged_into_id = p.thread_id)`);

    await q.query(`
      CREATE FUNCTION thread_land_answer_recompute(p_thread uuid) RETURNS void LANGUAGE sql AS $$
        UPDATE threads t SET first_land_answer_at = x.first
          FROM (SELECT min(p.created_at) AS first FROM posts p
                 WHERE p.thread_id = p_thread AND p.official AND p.deleted_at IS NULL AND p.hidden_at IS NULL) x
         WHERE t.id = p_thread AND t.first_land_answer_at IS DISTINCT FROM x.first
      $$`);
    // A new visible official answer can only move the date earlier; anything else recomputes.
    await q.query(`
      CREATE FUNCTION posts_land_answer_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE threads SET first_land_answer_at = NEW.created_at
           WHERE id = NEW.thread_id AND (first_land_answer_at IS NULL OR first_land_answer_at > NEW.created_at);
        ELSE
          PERFORM thread_land_answer_recompute(OLD.thread_id);
          IF TG_OP = 'UPDATE' AND NEW.thread_id IS DISTINCT FROM OLD.thread_id THEN
            PERFORM thread_land_answer_recompute(NEW.thread_id);
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER posts_land_answer_ins AFTER INSERT ON posts FOR EACH ROW
        WHEN (NEW.official AND NEW.hidden_at IS NULL AND NEW.deleted_at IS NULL)
        EXECUTE FUNCTION posts_land_answer_trigger()`);
    await q.query(`
      CREATE TRIGGER posts_land_answer_upd AFTER UPDATE OF official, hidden_at, deleted_at, thread_id, created_at
        ON posts FOR EACH ROW
        WHEN ((OLD.official OR NEW.official) AND (
              OLD.official IS DISTINCT FROM NEW.official OR OLD.thread_id IS DISTINCT FROM NEW.thread_id
           OR OLD.created_at IS DISTINCT FROM NEW.created_at
           OR (OLD.hidden_at IS NULL) <> (NEW.hidden_at IS NULL) OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)))
        EXECUTE FUNCTION posts_land_answer_trigger()`);
    await q.query(`
      CREATE TRIGGER posts_land_answer_del AFTER DELETE ON posts FOR EACH ROW WHEN (OLD.official)
        EXECUTE FUNCTION posts_land_answer_trigger()`);

    await q.query(`
      UPDATE threads t SET first_land_answer_at = x.first
        FROM (SELECT p.thread_id, min(p.created_at) AS first FROM posts p
               WHERE p.official AND p.deleted_at IS NULL AND p.hidden_at IS NULL GROUP BY p.thread_id) x
       WHERE t.id = x.thread_id`);
    await q.query(`
      UPDATE threads t SET accepted_at = p.created_at FROM posts p
       WHERE p.id = t.accepted_post_id AND t.accepted_at IS NULL`);

    await this.topicStats(q, OPEN, openOf('NEW'), openOf('OLD'), true);
    await q.query(`SELECT topic_stats_recompute(id) FROM topics`);
    // The presenter's history of accepted answers and its "heute" counter.
    await q.query(
      `CREATE INDEX threads_accepted_at_idx ON threads (accepted_at DESC) WHERE accepted_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS threads_accepted_at_idx`);
    await q.query(`DROP TRIGGER IF EXISTS posts_land_answer_ins ON posts`);
    await q.query(`DROP TRIGGER IF EXISTS posts_land_answer_upd ON posts`);
    await q.query(`DROP TRIGGER IF EXISTS posts_land_answer_del ON posts`);
    await q.query(`DROP FUNCTION IF EXISTS posts_land_answer_trigger()`);
    await q.query(`DROP FUNCTION IF EXISTS thread_land_answer_recompute(uuid)`);
    await this.topicStats(
      q,
      `(state = 'OPEN')`,
      `(NEW.state = 'OPEN')::int`,
      `(OLD.state = 'OPEN')::int`,
      false,
    );
    await q.query(`ALTER TABLE threads DROP COLUMN first_land_answer_at, DROP COLUMN accepted_at`);
    await q.query(`SELECT topic_stats_recompute(id) FROM topics`);
    // The questions' official marks are not restored: nothing depends on them.
  }

  /** The functions of migration TopicStats, with the given definition of an open thread. */
  private async topicStats(
    q: QueryRunner,
    open: string,
    newOpen: string,
    oldOpen: string,
    watchLandAnswer: boolean,
  ): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION topic_stats_recompute(p_topic uuid) RETURNS void LANGUAGE sql AS $$
        INSERT INTO topic_stats (topic_id, thread_count, open_thread_count, post_count, last_activity_at)
        SELECT p_topic, count(*), count(*) FILTER (WHERE ${open}), coalesce(sum(reply_count + 1), 0), max(last_activity_at)
          FROM threads WHERE topic_id = p_topic AND merged_into_id IS NULL
        ON CONFLICT (topic_id) DO UPDATE SET thread_count = EXCLUDED.thread_count,
          open_thread_count = EXCLUDED.open_thread_count, post_count = EXCLUDED.post_count,
          last_activity_at = EXCLUDED.last_activity_at
      $$`);
    const landAnswerChanged = watchLandAnswer
      ? 'OR NEW.first_land_answer_at IS DISTINCT FROM OLD.first_land_answer_at'
      : '';
    await q.query(`
      CREATE OR REPLACE FUNCTION topic_stats_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NEW.merged_into_id IS NULL THEN
            INSERT INTO topic_stats AS s (topic_id, thread_count, open_thread_count, post_count, last_activity_at)
            VALUES (NEW.topic_id, 1, ${newOpen}, NEW.reply_count + 1, NEW.last_activity_at)
            ON CONFLICT (topic_id) DO UPDATE SET thread_count = s.thread_count + 1,
              open_thread_count = s.open_thread_count + ${newOpen},
              post_count = s.post_count + NEW.reply_count + 1,
              last_activity_at = greatest(s.last_activity_at, NEW.last_activity_at);
          END IF;
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM topic_stats_recompute(OLD.topic_id);
        ELSIF NEW.topic_id IS DISTINCT FROM OLD.topic_id OR NEW.merged_into_id IS DISTINCT FROM OLD.merged_into_id
              OR NEW.last_activity_at < OLD.last_activity_at THEN
          PERFORM topic_stats_recompute(OLD.topic_id);
          IF NEW.topic_id IS DISTINCT FROM OLD.topic_id THEN PERFORM topic_stats_recompute(NEW.topic_id); END IF;
        ELSIF NEW.merged_into_id IS NULL AND (NEW.state IS DISTINCT FROM OLD.state OR NEW.reply_count <> OLD.reply_count
              OR NEW.last_activity_at IS DISTINCT FROM OLD.last_activity_at ${landAnswerChanged}) THEN
          UPDATE topic_stats SET
            open_thread_count = open_thread_count + ${newOpen} - ${oldOpen},
            post_count = post_count + NEW.reply_count - OLD.reply_count,
            last_activity_at = greatest(last_activity_at, NEW.last_activity_at)
          WHERE topic_id = NEW.topic_id;
        END IF;
        RETURN NULL;
      END $$`);
  }
}
