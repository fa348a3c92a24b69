import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Denormalised activity counters per topic (thread, open-thread and post counts, last activity), kept
 * by a trigger on threads in the same transaction as every write — whichever code path writes (replies,
 * moderation, merges, the bulk seeder). Board figures are the sum over their topics.
 */
export class TopicStats1763900000005 implements MigrationInterface {
  name = 'TopicStats1763900000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE topic_stats (
        topic_id uuid PRIMARY KEY REFERENCES topics(id) ON DELETE CASCADE,
        thread_count int NOT NULL DEFAULT 0,
        open_thread_count int NOT NULL DEFAULT 0,
        post_count int NOT NULL DEFAULT 0,
        last_activity_at timestamptz
      )`);
    await q.query(`
      CREATE FUNCTION topic_stats_recompute(p_topic uuid) RETURNS void LANGUAGE sql AS $$
        INSERT INTO topic_stats (topic_id, thread_count, open_thread_count, post_count, last_activity_at)
        SELECT p_topic, count(*), count(*) FILTER (WHERE state = 'OPEN'), coalesce(sum(reply_count + 1), 0), max(last_activity_at)
          FROM threads WHERE topic_id = p_topic AND merged_into_id IS NULL
        ON CONFLICT (topic_id) DO UPDATE SET thread_count = EXCLUDED.thread_count,
          open_thread_count = EXCLUDED.open_thread_count, post_count = EXCLUDED.post_count,
          last_activity_at = EXCLUDED.last_activity_at
      $$`);
    // Common writes (new thread, reply, state change) adjust by deltas; rare ones (move, merge, delete)
    // recompute the topics involved.
    await q.query(`
      CREATE FUNCTION topic_stats_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NEW.merged_into_id IS NULL THEN
            INSERT INTO topic_stats AS s (topic_id, thread_count, open_thread_count, post_count, last_activity_at)
            VALUES (NEW.topic_id, 1, (NEW.state = 'OPEN')::int, NEW.reply_count + 1, NEW.last_activity_at)
            ON CONFLICT (topic_id) DO UPDATE SET thread_count = s.thread_count + 1,
              open_thread_count = s.open_thread_count + (NEW.state = 'OPEN')::int,
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
              OR NEW.last_activity_at IS DISTINCT FROM OLD.last_activity_at) THEN
          UPDATE topic_stats SET
            open_thread_count = open_thread_count + (NEW.state = 'OPEN')::int - (OLD.state = 'OPEN')::int,
            post_count = post_count + NEW.reply_count - OLD.reply_count,
            last_activity_at = greatest(last_activity_at, NEW.last_activity_at)
          WHERE topic_id = NEW.topic_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER topic_stats_trg AFTER INSERT OR UPDATE OR DELETE ON threads
      FOR EACH ROW EXECUTE FUNCTION topic_stats_trigger()`);
    await q.query(`SELECT topic_stats_recompute(id) FROM topics`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS topic_stats_trg ON threads`);
    await q.query(`DROP FUNCTION IF EXISTS topic_stats_trigger()`);
    await q.query(`DROP FUNCTION IF EXISTS topic_stats_recompute(uuid)`);
    await q.query(`DROP TABLE IF EXISTS topic_stats`);
  }
}
