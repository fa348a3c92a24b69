// Hand-written SQL of the reading feature (read marks, unread counts); the service holds the decisions.

import { ALL_SCOPE_ID } from './read-mark.entity';

/**
 * Unread and new look back this far: whatever was written earlier counts as read (phpBB's "period for
 * unread posts tracking"). It bounds the work of the unread counts by the forum's recent activity instead
 * of its whole history — for a user who has opened little, counting every thread ever written was the
 * slowest page of the forum (board overview, 12 req/s on 20,000 threads).
 */
export const UNREAD_WINDOW = "interval '30 days'";

/** When user $1 started to track unread posts at all: joining, the global "all read" mark, or the window. */
const TRACKED_SINCE_SQL = `greatest(
  now() - ${UNREAD_WINDOW},
  (SELECT u.created_at FROM users u WHERE u.id = $1),
  (SELECT m.marked_at FROM read_marks m WHERE m.user_id = $1 AND m.scope_type = 'ALL' AND m.scope_id = '${ALL_SCOPE_ID}'))`;

/**
 * SQL of "up to when has user $1 read thread th (in topic t)": the latest of the thread's own read mark,
 * the board and topic marks, and when tracking started (what was written before someone joined does not
 * greet them as unread — the phpBB rule). Needs `th` (threads) and `t` (topics) in scope.
 */
export const READ_UNTIL_SQL = `greatest(
  ${TRACKED_SINCE_SQL},
  (SELECT tr.read_at FROM thread_reads tr WHERE tr.user_id = $1 AND tr.thread_id = th.id),
  (SELECT max(m.marked_at) FROM read_marks m WHERE m.user_id = $1 AND (
     (m.scope_type = 'BOARD' AND m.scope_id = t.board_id)
     OR (m.scope_type = 'TOPIC' AND m.scope_id = th.topic_id))))`;

/** A post that counts as unread for user $1 when written after `readUntil`: visible and by someone else. */
export const UNREAD_POST_SQL = (alias: string, readUntil: string) =>
  `${alias}.created_at > ${readUntil} AND ${alias}.author_id <> $1
   AND ${alias}.deleted_at IS NULL AND ${alias}.hidden_at IS NULL`;

/** Thread $1, or the thread it was merged into. */
export const THREAD_OR_MERGE_TARGET_SQL =
  'SELECT coalesce(merged_into_id, id) AS id FROM threads WHERE id = $1';

/** When post $1 of thread $2 was written. */
export const POST_TIME_IN_THREAD_SQL = 'SELECT created_at FROM posts WHERE id = $1 AND thread_id = $2';

/** When the newest post of thread $1 was written. */
export const NEWEST_POST_TIME_SQL = 'SELECT max(created_at) AS newest FROM posts WHERE thread_id = $1';

/** User $1 has read thread $2 up to $3 (null: now); read marks only move forward. */
export const MARK_THREAD_READ_SQL = `INSERT INTO thread_reads AS tr (user_id, thread_id, read_at)
       VALUES ($1, $2, coalesce($3::timestamptz, date_trunc('milliseconds', now())))
       ON CONFLICT (user_id, thread_id) DO UPDATE SET read_at = greatest(tr.read_at, EXCLUDED.read_at)`;

/** User $1 marks scope $2 (ALL, BOARD, TOPIC) with id $3 read up to now; returns the time. */
export const MARK_SCOPE_READ_SQL = `INSERT INTO read_marks (user_id, scope_type, scope_id, marked_at)
           VALUES ($1, $2, $3, date_trunc('milliseconds', now()))
           ON CONFLICT (user_id, scope_type, scope_id) DO UPDATE SET marked_at = EXCLUDED.marked_at
           RETURNING marked_at`;

/** Thread marks of user $1 in topic $2 made redundant by a topic mark at $3. */
export const DROP_THREAD_READS_OF_TOPIC_SQL = `DELETE FROM thread_reads tr USING threads th
            WHERE tr.user_id = $1 AND th.id = tr.thread_id AND th.topic_id = $2 AND tr.read_at <= $3`;

/** Topic marks of user $1 in board $2 made redundant by a board mark at $3. */
export const DROP_TOPIC_MARKS_OF_BOARD_SQL = `DELETE FROM read_marks rm USING topics t
            WHERE rm.user_id = $1 AND rm.scope_type = 'TOPIC' AND rm.scope_id = t.id AND t.board_id = $2
              AND rm.marked_at <= $3`;

/** Thread marks of user $1 in board $2 made redundant by a board mark at $3. */
export const DROP_THREAD_READS_OF_BOARD_SQL = `DELETE FROM thread_reads tr USING threads th, topics t
            WHERE tr.user_id = $1 AND th.id = tr.thread_id AND t.id = th.topic_id AND t.board_id = $2
              AND tr.read_at <= $3`;

/** Board and topic marks of user $1 made redundant by a global mark at $2. */
export const DROP_SCOPE_MARKS_SQL = `DELETE FROM read_marks WHERE user_id = $1 AND scope_type <> 'ALL' AND marked_at <= $2`;

/** Thread marks of user $1 made redundant by a global mark at $2. */
export const DROP_THREAD_READS_SQL = 'DELETE FROM thread_reads WHERE user_id = $1 AND read_at <= $2';

/** Read marks from `rows` (user_id, thread_id, read_at); a mark only ever moves forward. */
const markReadSql = (rows: string) => `INSERT INTO thread_reads AS tr (user_id, thread_id, read_at)
       ${rows}
       ON CONFLICT (user_id, thread_id) DO UPDATE SET read_at = greatest(tr.read_at, EXCLUDED.read_at)`;

/** User $1 has read the thread of post $2 up to that post (whoever replies has read what came before). */
export const MARK_READ_UNTIL_POST_SQL = markReadSql(
  'SELECT $1, p.thread_id, p.created_at FROM posts p WHERE p.id = $2',
);

/** The author has read up to the new post in `p`: a step of the one-statement reply. */
export const MARK_READ_UNTIL_NEW_POST_STEP = markReadSql(
  'SELECT p.author_id, p.thread_id, p.created_at FROM p',
);

/**
 * Read state of threads $2 (ids) for user $1: new or not, unread posts, the first unread one and the post
 * before it (for the page cursor).
 */
export const THREAD_READ_STATES_SQL = `SELECT th.id, (th.author_id <> $1 AND th.created_at > x.read_until) AS is_new, c.unread,
              fu.id AS first_id, prev.id AS prev_id, prev.created_at AS prev_created_at
         FROM threads th JOIN topics t ON t.id = th.topic_id
         CROSS JOIN LATERAL (SELECT ${READ_UNTIL_SQL} AS read_until) x
         CROSS JOIN LATERAL (SELECT count(*)::int AS unread FROM posts p WHERE p.thread_id = th.id AND ${UNREAD_POST_SQL('p', 'x.read_until')}) c
         LEFT JOIN LATERAL (SELECT p.id, p.created_at FROM posts p WHERE p.thread_id = th.id AND ${UNREAD_POST_SQL('p', 'x.read_until')}
                             ORDER BY p.created_at, p.id LIMIT 1) fu ON true
         LEFT JOIN LATERAL (SELECT p.id, p.created_at FROM posts p
                             WHERE p.thread_id = th.id AND (p.created_at, p.id) < (fu.created_at, fu.id)
                             ORDER BY p.created_at DESC, p.id DESC LIMIT 1) prev ON fu.id IS NOT NULL
        WHERE th.id = ANY($2)`;

/**
 * Threads with unread posts and new threads of user $1, per topic or board ($2: ids). Only threads active
 * since tracking started are candidates (index threads_latest_idx), so the cost follows the recent activity,
 * not the history or how much the user has read.
 */
export const unreadByScopeSql = (column: 'th.topic_id' | 't.board_id') =>
  `WITH me AS MATERIALIZED (SELECT ${TRACKED_SINCE_SQL} AS since)
   SELECT ${column} AS key, count(*)::int AS unread_threads,
              count(*) FILTER (WHERE th.author_id <> $1 AND th.created_at > x.read_until)::int AS new_threads
         FROM me CROSS JOIN threads th JOIN topics t ON t.id = th.topic_id
         LEFT JOIN thread_reads tr ON tr.user_id = $1 AND tr.thread_id = th.id
         CROSS JOIN LATERAL (SELECT greatest(me.since, tr.read_at,
             (SELECT max(m.marked_at) FROM read_marks m WHERE m.user_id = $1 AND m.scope_type <> 'ALL' AND (
                (m.scope_type = 'BOARD' AND m.scope_id = t.board_id)
                OR (m.scope_type = 'TOPIC' AND m.scope_id = th.topic_id)))) AS read_until) x
        WHERE th.last_activity_at > me.since AND th.merged_into_id IS NULL AND ${column} = ANY($2)
          AND th.last_activity_at > x.read_until
          AND EXISTS (SELECT 1 FROM posts p WHERE p.thread_id = th.id AND ${UNREAD_POST_SQL('p', 'x.read_until')})
        GROUP BY ${column}`;

/**
 * The versions the unread counts of user $1 in topics $2 depend on (migration UnreadCountVersions): per topic
 * its `topic_stats.version`, and the user's reading version. One index lookup each.
 */
export const UNREAD_VERSIONS_SQL = `SELECT k.id AS topic_id, coalesce(s.version, 0)::text AS version,
              coalesce((SELECT v.version FROM reading_versions v WHERE v.user_id = $1), 0)::text AS reading
         FROM unnest($2::uuid[]) AS k(id) LEFT JOIN topic_stats s ON s.topic_id = k.id`;

/** Whether the topic or board $1 exists. */
export const EXISTS_SQL = {
  topics: 'SELECT 1 FROM topics WHERE id = $1',
  boards: 'SELECT 1 FROM boards WHERE id = $1',
};
