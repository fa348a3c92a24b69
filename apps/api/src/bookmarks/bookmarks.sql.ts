// Hand-written SQL of the bookmarks feature; the services hold the decisions.

/** Thread $1, or the thread it was merged into. */
export const THREAD_OR_MERGE_TARGET_SQL =
  'SELECT coalesce(merged_into_id, id) AS id FROM threads WHERE id = $1';

/** User $1 bookmarks thread $2. */
export const ADD_BOOKMARK_SQL =
  'INSERT INTO bookmarks (user_id, thread_id) VALUES ($1, $2) ON CONFLICT DO NOTHING';

/** User $1 removes the bookmarks of threads $2. */
export const REMOVE_BOOKMARKS_SQL = 'DELETE FROM bookmarks WHERE user_id = $1 AND thread_id = ANY($2)';

/** How many bookmarks user $1 has. */
export const COUNT_BOOKMARKS_SQL = 'SELECT count(*)::int AS n FROM bookmarks WHERE user_id = $1';

/** Which of threads $2 user $1 has bookmarked. */
export const BOOKMARKED_SQL = 'SELECT thread_id FROM bookmarks WHERE user_id = $1 AND thread_id = ANY($2)';

/** Bookmarks of user $1, newest first; $2: page size + 1; with `after`, after ($3, $4) = (created_at, thread). */
export const bookmarksPageSql = (after: boolean) =>
  `SELECT b.thread_id AS "threadId", coalesce(th.merged_into_id, th.id) AS "shownThreadId",
                b.created_at AS "createdAt"
           FROM bookmarks b JOIN threads th ON th.id = b.thread_id
          WHERE b.user_id = $1 ${after ? 'AND (b.created_at, b.thread_id) < ($3, $4)' : ''}
          ORDER BY b.created_at DESC, b.thread_id DESC LIMIT $2`;
