// Hand-written SQL of the drafts feature; the services hold the decisions.

/** Saves draft $2 of user $1 (title $3, body $4), unless it is new and the user already has $5 drafts. */
export const SAVE_DRAFT_SQL = `INSERT INTO drafts (user_id, key, title, body, updated_at)
       SELECT $1, $2, $3, $4, date_trunc('milliseconds', now())
        WHERE EXISTS (SELECT 1 FROM drafts WHERE user_id = $1 AND key = $2)
           OR (SELECT count(*) FROM drafts WHERE user_id = $1) < $5
       ON CONFLICT (user_id, key) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body,
         updated_at = EXCLUDED.updated_at
       RETURNING user_id, key, title, body, updated_at`;

/** Deletes draft $2 of user $1. */
export const DELETE_DRAFT_SQL = 'DELETE FROM drafts WHERE user_id = $1 AND key = $2';

/** The reply's draft is done: a step of the one-statement reply (new post in `p`; key as draftKey('thread', …)). */
export const DELETE_REPLY_DRAFT_STEP = `DELETE FROM drafts d USING p
       WHERE d.user_id = p.author_id AND d.key = 'thread:' || p.thread_id::text`;

/** Whether the thread (a reply's draft) or topic (a question's draft) $1 exists. */
export const DRAFT_TARGET_EXISTS_SQL = {
  thread: 'SELECT 1 FROM threads WHERE id = $1',
  topic: 'SELECT 1 FROM topics WHERE id = $1',
};
