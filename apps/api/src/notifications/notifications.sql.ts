// Hand-written SQL of the notifications feature; the services hold the decisions.

/** Marks notifications $2 (ids) of recipient $1 read. */
export const MARK_READ_SQL =
  'UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL AND id = ANY($2)';

/** Marks every notification of recipient $1 read. */
export const MARK_ALL_READ_SQL =
  'UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL';

/** For one fan-out: who turned the in-app channel off (users $1), thread titles ($2) and actor names ($3); one statement. */
export const PUSH_CONTEXT_SQL = `SELECT
         (SELECT coalesce(json_agg(json_build_object('user_id', user_id, 'type', type)), '[]')
            FROM notification_preferences WHERE NOT in_app AND user_id = ANY($1)) AS opted_out,
         (SELECT coalesce(json_agg(json_build_object('id', id, 'title', title)), '[]')
            FROM threads WHERE id = ANY($2)) AS threads,
         (SELECT coalesce(json_agg(json_build_object('id', id, 'displayName',
                   CASE WHEN status = 'DELETED' THEN 'Gelöschtes Konto' ELSE display_name END)), '[]')
            FROM users WHERE id = ANY($3)) AS actors`;

/** Whoever followed (or muted) thread $1 does the same for thread $2. */
export const COPY_THREAD_WATCHES_SQL = `INSERT INTO watches (user_id, target_type, target_id, level)
         SELECT user_id, 'THREAD', $2, level FROM watches WHERE target_type = 'THREAD' AND target_id = $1
         ON CONFLICT DO NOTHING`;

/** The author of post $1, if active. */
export const ACTIVE_POST_AUTHOR_SQL = `SELECT p.author_id FROM posts p JOIN users u ON u.id = p.author_id AND u.status = 'ACTIVE' WHERE p.id = $1`;

/** Active moderators of thread $1: global moderators and the moderators of its board. */
export const MODERATORS_OF_THREAD_SQL = `SELECT u.id FROM users u WHERE u.status = 'ACTIVE' AND (u.role IN ('MODERATOR', 'ADMIN') OR u.id IN (
         SELECT bm.user_id FROM threads th JOIN topics t ON t.id = th.topic_id
           JOIN board_moderators bm ON bm.board_id = t.board_id WHERE th.id = $1))`;

/** The author of post $1, if active, and its thread. */
export const ACTIVE_POST_AUTHOR_AND_THREAD_SQL = `SELECT p.author_id, p.thread_id FROM posts p JOIN users u ON u.id = p.author_id AND u.status = 'ACTIVE' WHERE p.id = $1`;

/** The author of thread $1, if active. */
export const ACTIVE_THREAD_AUTHOR_SQL = `SELECT th.author_id FROM threads th JOIN users u ON u.id = th.author_id AND u.status = 'ACTIVE' WHERE th.id = $1`;

/** Active users whose display name (lower case) is one of $1. */
export const ACTIVE_USERS_BY_NAME_SQL = `SELECT id FROM users WHERE status = 'ACTIVE' AND lower(display_name) = ANY($1)`;

/** User $1 chooses channels for notification type $2: in-app $3, e-mail $4. */
export const SET_PREFERENCE_SQL = `INSERT INTO notification_preferences (user_id, type, in_app, email) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, type) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, updated_at = now()`;

/** User $1 gets the digest at frequency $2. */
export const SET_DIGEST_FREQUENCY_SQL = 'UPDATE users SET digest_frequency = $2 WHERE id = $1';

/** User $1 gets no digest any more (unsubscribe link). */
export const DIGEST_OFF_SQL = `UPDATE users SET digest_frequency = 'NEVER' WHERE id = $1`;

/** The e-mail channel of type $2 goes off for user $1 (unsubscribe link); a new row keeps the in-app default $3. */
export const EMAIL_OFF_SQL = `INSERT INTO notification_preferences (user_id, type, in_app, email)
       SELECT id, $2, $3, false FROM users WHERE id = $1 AND status <> 'DELETED'
       ON CONFLICT (user_id, type) DO UPDATE SET email = false, updated_at = now()`;

/** How often user $1 gets the digest. */
export const DIGEST_FREQUENCY_SQL = 'SELECT digest_frequency FROM users WHERE id = $1';

/**
 * Stores notifications (arrays $1–$7, created at $8) and answers each recipient's unread count.
 * The counter (kept by a trigger) is read in the statement's snapshot, before this insert
 * counts, hence + the new notifications of that recipient.
 * The statement commits asynchronously (synchronous_commit off, this transaction only): it need
 * not wait for the WAL flush while holding the recipients' counter rows, which serialised
 * concurrent fan-outs to the same Land staff. The price: should the database server crash,
 * notifications of its last fraction of a second may be lost; the posts are durable.
 */
export const STORE_NOTIFICATIONS_SQL = `WITH async_commit AS MATERIALIZED (SELECT set_config('synchronous_commit', 'off', true)),
             inserted AS (
               INSERT INTO notifications (id, recipient_id, type, actor_id, thread_id, post_id, detail, created_at)
               SELECT n.*, $8::timestamptz
                 FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[], $7::text[])
                      AS n(id, recipient_id, type, actor_id, thread_id, post_id, detail)
                 CROSS JOIN async_commit
               RETURNING recipient_id)
             SELECT i.recipient_id,
                    coalesce((SELECT c.unread FROM notification_counters c WHERE c.user_id = i.recipient_id), 0)
                      + count(*)::int AS unread
               FROM inserted i GROUP BY i.recipient_id`;

/** Active moderators and administrators. */
export const GLOBAL_MODERATORS_SQL = `SELECT id FROM users WHERE status = 'ACTIVE' AND role IN ('MODERATOR', 'ADMIN')`;
