// Hand-written SQL of the moderation feature; the services and loaders hold the decisions.

/** Thread $1, locked for a moderation, with the thread it was merged into (if any). */
export const LOCK_THREAD_SQL = 'SELECT merged_into_id FROM threads WHERE id = $1 FOR UPDATE';

/** Threads $1 (ids), locked in a fixed order so that two crossing merges cannot deadlock. */
export const LOCK_THREADS_FOR_MERGE_SQL =
  'SELECT id, merged_into_id FROM threads WHERE id = ANY($1) ORDER BY id FOR UPDATE';

/** Moves every post of thread $2 into thread $1. */
export const MOVE_POSTS_SQL = 'UPDATE posts SET thread_id = $1 WHERE thread_id = $2';

/** Earlier merges into thread $2 now point at thread $1 directly (one hop on lookup). */
export const REPOINT_MERGES_SQL = 'UPDATE threads SET merged_into_id = $1 WHERE merged_into_id = $2';

/** Thread $2 becomes a pointer to thread $1. */
export const MARK_MERGED_SQL = 'UPDATE threads SET merged_into_id = $1 WHERE id = $2';

/** Visible answers after the question of thread $1 (the definition of threads.reply_count). */
export const VISIBLE_REPLIES_SQL = `SELECT count(*)::int AS n FROM posts p
        WHERE p.thread_id = $1 AND p.deleted_at IS NULL AND p.hidden_at IS NULL
          AND p.id <> (SELECT id FROM posts WHERE thread_id = $1 ORDER BY created_at, id LIMIT 1)`;

/** The board of post $1. */
export const BOARD_OF_POST_SQL = `SELECT tp.board_id FROM posts p JOIN threads th ON th.id = p.thread_id
         JOIN topics tp ON tp.id = th.topic_id WHERE p.id = $1`;

/** Suspends user $1: status $2, until $3 (null: until lifted), reason $4. */
export const SUSPEND_USER_SQL = `UPDATE users SET status = $2, suspended_until = $3, suspension_reason = $4,
                updated_at = date_trunc('milliseconds', now()) WHERE id = $1`;

/** Declines pending user $1: status $2 (DELETED), e-mail address and password removed. */
export const REJECT_USER_SQL = `UPDATE users SET status = $2, email = NULL, password_hash = NULL,
                updated_at = date_trunc('milliseconds', now()) WHERE id = $1`;

/** Threads $1 (ids) → the thread each was merged into (columns not mapped on ThreadEntity). */
export const MERGED_INTO_SQL = 'SELECT id, merged_into_id FROM threads WHERE id = ANY($1)';

/** Users $1 (ids) → end and reason of a suspension (columns not mapped on UserEntity). */
export const SUSPENSIONS_SQL = 'SELECT id, suspended_until, suspension_reason FROM users WHERE id = ANY($1)';

// One statement per target type over the batch's ids; a deleted object simply finds no row.
export const AUDIT_TARGETS_SQL: Record<string, string> = {
  THREAD: `SELECT th.id, th.title AS label, th.id AS thread_id FROM threads th WHERE th.id = ANY($1)`,
  POST: `SELECT p.id, p.body AS body, p.deleted_at IS NOT NULL AS deleted, th.title AS thread_title,
                p.thread_id, p.id AS post_id
           FROM posts p JOIN threads th ON th.id = p.thread_id WHERE p.id = ANY($1)`,
  FLAG: `SELECT f.id, p.body AS body, p.deleted_at IS NOT NULL AS deleted, th.title AS thread_title,
                p.thread_id, p.id AS post_id
           FROM flags f JOIN posts p ON p.id = f.post_id JOIN threads th ON th.id = p.thread_id
          WHERE f.id = ANY($1)`,
  USER: `SELECT u.id, u.display_name AS label, u.status, o.name AS organisation
           FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = ANY($1)`,
  BOARD: `SELECT b.id, b.title AS label, b.slug FROM boards b WHERE b.id = ANY($1)`,
  TOPIC: `SELECT t.id, t.title AS label FROM topics t WHERE t.id = ANY($1)`,
  EMAIL_DOMAIN: `SELECT e.id, e.domain AS label FROM email_domain_allowlist e WHERE e.id = ANY($1)`,
};

/** Condition on user `u`: appears as an actor in the audit log. */
export const IS_AUDIT_ACTOR_SQL = 'EXISTS (SELECT 1 FROM audit_entries a WHERE a.actor_id = u.id)';
