// Hand-written SQL of the threads feature; the service holds the decisions.

/**
 * Thread $1, or the thread it was merged into, with its author (columns from entityRows, prefix `a_`)
 * and the number of its posts: the thread page needs all three.
 */
export const threadPageSql = (threadColumns: string, authorColumns: string) =>
  `SELECT ${threadColumns}, ${authorColumns},
              (SELECT count(*) FROM posts p WHERE p.thread_id = t.id)::int AS post_count
         FROM threads t LEFT JOIN users a ON a.id = t.author_id
        WHERE t.id = (SELECT COALESCE(m.merged_into_id, m.id) FROM threads m WHERE m.id = $1)`;

/** Board moderators of the board thread $1 lives in. */
export const MODERATORS_OF_THREAD_SQL = `SELECT bm.user_id FROM threads th JOIN topics t ON t.id = th.topic_id
         JOIN board_moderators bm ON bm.board_id = t.board_id WHERE th.id = $1`;

/** The thread `t` carries tag :tagId (thread_tags, indexed by tag). */
export const TAGGED_SQL =
  'EXISTS (SELECT 1 FROM thread_tags tt WHERE tt.thread_id = t.id AND tt.tag_id = :tagId)';
