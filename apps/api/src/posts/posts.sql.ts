// Hand-written SQL of the posts feature; the services hold the decisions. Statements on the hot paths
// (thread page, replying) are plain SQL on purpose: see common/loaders/entity-rows.ts.

/** Posts of thread $1 (columns from entityRows), oldest first; $2: page size + 1; $3, $4: after this cursor. */
export const postsOfThreadSql = (columns: string, afterCursor: boolean) =>
  `SELECT ${columns} FROM posts p
          WHERE p.thread_id = $1 ${afterCursor ? 'AND (p.created_at, p.id) > ($3::timestamptz, $4::uuid)' : ''}
          ORDER BY p.created_at, p.id LIMIT $2`;

export const COUNT_POSTS_OF_THREAD_SQL = 'SELECT count(*)::int AS n FROM posts WHERE thread_id = $1';

/** Inserts a post and returns it (columns from entityRows). */
export const insertPostSql = (columns: string) =>
  `INSERT INTO posts AS p (thread_id, author_id, author_organisation_id, official, body, body_html, client_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${columns}`;

/**
 * Counts a reply on thread $1 at $2 unless the thread is locked ($3: the author may bypass the lock).
 * Also moves the topic's counters (trigger topic_stats).
 */
export const countReplySql = (thread: string, at: string, bypassLock: string) =>
  `UPDATE threads SET reply_count = reply_count + 1, last_activity_at = ${at}, updated_at = now()
          WHERE id = ${thread} AND (NOT locked OR ${bypassLock}) RETURNING id`;

export const COUNT_REPLY_SQL = countReplySql('$1', '$2', '$3');

/** The first post (the question) of thread $1. */
export const FIRST_POST_SQL = 'SELECT id FROM posts WHERE thread_id = $1 ORDER BY created_at, id LIMIT 1';

/** Activity of users $1 (ids): questions asked (merged ones not counted), visible posts, accepted answers. */
export const USER_ACTIVITY_SQL = `SELECT u.id,
              (SELECT count(*) FROM threads th WHERE th.author_id = u.id AND th.merged_into_id IS NULL)::int AS "threadCount",
              (SELECT count(*) FROM posts p WHERE p.author_id = u.id AND p.deleted_at IS NULL AND p.hidden_at IS NULL)::int AS "postCount",
              (SELECT count(*) FROM posts p JOIN threads th ON th.accepted_post_id = p.id
                WHERE p.author_id = u.id AND th.merged_into_id IS NULL
                  AND p.deleted_at IS NULL AND p.hidden_at IS NULL)::int AS "acceptedAnswerCount"
         FROM users u WHERE u.id = ANY($1)`;

/** Condition on post `p`: not the opening post of its thread (a reply). */
export const IS_REPLY_SQL =
  'EXISTS (SELECT 1 FROM posts q WHERE q.thread_id = p.thread_id AND (q.created_at, q.id) < (p.created_at, p.id))';
