// Hand-written SQL of the drafts feature; the services hold the decisions.

/** Saves draft $2 of user $1 (title $3, body $4), unless it is new and the user already has $5 drafts. */
export const SAVE_DRAFT_SQL = `INSERT INTO drafts (user_id, key, title, body, updated_at)
       SELECT $1, $2, $3, $4, date_trunc('milliseconds', now())
        WHERE EXISTS (SELECT 1 FROM drafts WHERE user_id = $1 AND key = $2)
           OR (SELECT count(*) FROM drafts WHERE user_id = $1) < $5
       ON CONFLICT (user_id, key) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body,
         updated_at = EXCLUDED.updated_at
       RETURNING user_id, key, title, body, updated_at`;

/** Deletes draft `key` of user `user` when `condition` holds (a step of the one-statement reply too). */
export const deleteDraftSql = (user: string, key: string, condition = 'true') =>
  `DELETE FROM drafts WHERE user_id = ${user} AND key = ${key} AND ${condition}`;

/** Deletes draft $2 of user $1. */
export const DELETE_DRAFT_SQL = deleteDraftSql('$1', '$2');

/** Whether the thread (a reply's draft) or topic (a question's draft) $1 exists. */
export const DRAFT_TARGET_EXISTS_SQL = {
  thread: 'SELECT 1 FROM threads WHERE id = $1',
  topic: 'SELECT 1 FROM topics WHERE id = $1',
};
