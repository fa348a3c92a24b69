// Hand-written SQL of the topics feature; services and loaders hold the decisions.

/** Counters of topics $1 (ids), kept by the topic_stats trigger. */
export const TOPIC_STATS_SQL = `SELECT topic_id AS key, thread_count, open_thread_count AS open_count, post_count, last_activity_at
         FROM topic_stats WHERE topic_id = ANY($1)`;

/** Counters of boards $1 (ids): the sums over their topics. */
export const BOARD_STATS_SQL = `SELECT t.board_id AS key, sum(s.thread_count)::int AS thread_count, sum(s.open_thread_count)::int AS open_count,
              sum(s.post_count)::int AS post_count, max(s.last_activity_at) AS last_activity_at
         FROM topic_stats s JOIN topics t ON t.id = s.topic_id
        WHERE t.board_id = ANY($1) GROUP BY t.board_id`;

/** The board of topic $1. */
export const BOARD_OF_TOPIC_SQL = 'SELECT board_id FROM topics WHERE id = $1';

/** The position after the last topic of board $1. */
export const NEXT_TOPIC_POSITION_SQL =
  'SELECT COALESCE(max(position) + 1, 0)::int AS next FROM topics WHERE board_id = $1';

/** Appends a Steckbrief revision of topic $1 by $2 (changed fields $3, state $4) and stamps the topic. */
export const INSERT_PROFILE_REVISION_SQL = `WITH rev AS (
    INSERT INTO service_profile_revisions (topic_id, editor_id, changed_fields, snapshot)
    VALUES ($1, $2, $3, $4::jsonb) RETURNING created_at),
  stamp AS (UPDATE topics SET profile_updated_at = rev.created_at, profile_updated_by_id = $2
    FROM rev WHERE topics.id = $1)
  SELECT created_at FROM rev`;

/** The Steckbrief history of topic $1, newest first. */
export const PROFILE_REVISIONS_SQL = `SELECT id, editor_id, changed_fields, snapshot, created_at
    FROM service_profile_revisions WHERE topic_id = $1 ORDER BY created_at DESC, id LIMIT 100`;
