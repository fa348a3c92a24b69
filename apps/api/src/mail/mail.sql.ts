// Hand-written SQL of the mail feature; the services hold the decisions.

/** Sent and failed mails older than $1 days go. */
export const PURGE_OUTBOX_SQL = `DELETE FROM email_outbox WHERE status IN ('SENT', 'FAILED')
          AND created_at < now() - make_interval(days => $1)`;

/** Mails whose lease ran out after $1 attempts are given up. */
export const GIVE_UP_SQL = `UPDATE email_outbox SET status = 'FAILED', lease_until = NULL,
              last_error = coalesce(last_error, 'Versand abgebrochen (Lease abgelaufen)')
        WHERE status = 'SENDING' AND lease_until < now() AND attempts >= $1`;

/** Claims up to $1 due mails (pending, or sending with an expired lease) for claim token $2, leased for $3 seconds. */
export const CLAIM_DUE_SQL = `WITH due AS (
         SELECT id FROM email_outbox
          WHERE (status = 'PENDING' AND next_attempt_at <= now())
             OR (status = 'SENDING' AND lease_until < now())
          ORDER BY next_attempt_at, created_at
          LIMIT $1
          FOR UPDATE SKIP LOCKED)
       UPDATE email_outbox o
          SET status = 'SENDING', attempts = o.attempts + 1, claim_token = $2,
              lease_until = now() + make_interval(secs => $3)
         FROM due WHERE o.id = due.id
       RETURNING o.id, o.to_address, o.subject, o.text, o.html, o.unsubscribe_url, o.dedupe_key, o.attempts`;

/** Extends the lease of mail $1 (claim $2) by $3 seconds. */
export const EXTEND_LEASE_SQL = `UPDATE email_outbox SET lease_until = now() + make_interval(secs => $3)
          WHERE id = $1 AND claim_token = $2 AND status = 'SENDING'`;

/** Mail $1 (claim $2) was sent. */
export const MARK_SENT_SQL = `UPDATE email_outbox SET status = 'SENT', sent_at = now(), lease_until = NULL, last_error = NULL
        WHERE id = $1 AND claim_token = $2 AND status = 'SENDING'`;

/** Mail $1 (claim $2) failed: status $3 (PENDING: retry, FAILED: given up), error $4, next attempt in $5 seconds. */
export const MARK_ATTEMPT_FAILED_SQL = `UPDATE email_outbox SET status = $3, last_error = $4, lease_until = NULL,
              next_attempt_at = now() + make_interval(secs => $5)
        WHERE id = $1 AND claim_token = $2 AND status = 'SENDING'`;

/** Mails $1 (claim $2) go back to the queue unsent (shutdown). */
export const RELEASE_CLAIMS_SQL = `UPDATE email_outbox SET status = 'PENDING', attempts = attempts - 1, lease_until = NULL
        WHERE id = ANY($1) AND claim_token = $2 AND status = 'SENDING'`;

/** Who of the recipients $1 (types $2) gets an e-mail: active, confirmed address, e-mail channel on (default: types $3); idx is the position in the list. */
export const EMAIL_RECIPIENTS_SQL = `SELECT n.idx::text AS idx, u.id, u.email, u.display_name
         FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS n(user_id, type, idx)
         JOIN users u ON u.id = n.user_id AND u.status = 'ACTIVE' AND u.email IS NOT NULL
              AND u.email_verified_at IS NOT NULL
         LEFT JOIN notification_preferences p ON p.user_id = n.user_id AND p.type = n.type
        WHERE coalesce(p.email, n.type = ANY($3))`;

/** Titles of threads $1 and their topics. */
export const THREAD_TITLES_SQL = `SELECT th.id, th.title, tp.title AS topic_title FROM threads th
           LEFT JOIN topics tp ON tp.id = th.topic_id WHERE th.id = ANY($1)`;

/** Names of users $1, a deleted account shown as such. */
export const ACTOR_NAMES_SQL = `SELECT id, CASE WHEN status = 'DELETED' THEN 'Gelöschtes Konto' ELSE display_name END AS name
           FROM users WHERE id = ANY($1)`;

/** Bodies of posts $1 (not deleted). */
export const POST_BODIES_SQL = `SELECT id, body FROM posts WHERE id = ANY($1) AND deleted_at IS NULL`;

/** Address, name, status and confirmation of user $1 (the confirmation mail). */
export const CONFIRMATION_RECIPIENT_SQL = `SELECT email, display_name, status, email_verified_at IS NOT NULL AS verified FROM users WHERE id = $1`;

/** Address and name of user $1 if active and their account mails are on. */
export const APPROVAL_RECIPIENT_SQL = `SELECT u.email, u.display_name, u.approved_at FROM users u
           LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.type = 'ACCOUNT'
          WHERE u.id = $1 AND u.status = 'ACTIVE' AND coalesce(p.email, true)`;

/** Address and name of user $1 (not deleted). */
export const ACCOUNT_HOLDER_SQL = `SELECT email, display_name FROM users WHERE id = $1 AND status <> 'DELETED'`;

/** Address, confirmation and status of user $1. */
export const CONFIRMATION_STATE_SQL =
  'SELECT email, email_verified_at IS NOT NULL AS verified, status FROM users WHERE id = $1';

/** The address of user $1 is confirmed now. */
export const CONFIRM_EMAIL_SQL =
  'UPDATE users SET email_verified_at = now() WHERE id = $1 AND email_verified_at IS NULL';

/** The unconfirmed registration (pending or active) of address $1. */
export const UNCONFIRMED_BY_EMAIL_SQL = `SELECT id FROM users WHERE lower(email) = lower($1) AND email_verified_at IS NULL
          AND status IN ('PENDING', 'ACTIVE')`;

/** Unread notifications of users $1 since $2 (per user), of the digest types $3, whose e-mail channel is off (default on: types $4). */
export const DIGEST_ITEMS_SQL = `SELECT n.recipient_id, n.type, n.thread_id, n.post_id, n.created_at,
                  th.title AS thread_title, tp.title AS topic_title,
                  CASE WHEN a.status = 'DELETED' THEN 'Gelöschtes Konto' ELSE a.display_name END AS actor_name
             FROM unnest($1::uuid[], $2::timestamptz[]) AS u(id, since)
             JOIN notifications n ON n.recipient_id = u.id AND n.created_at > u.since
                  AND n.read_at IS NULL AND n.type = ANY($3)
             JOIN threads th ON th.id = n.thread_id
             LEFT JOIN topics tp ON tp.id = th.topic_id
             LEFT JOIN users a ON a.id = n.actor_id
             LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.type = n.type
            WHERE NOT coalesce(p.email, n.type = ANY($4))
            ORDER BY n.created_at, n.id`;

/** Users $1 got their digest now. */
export const DIGEST_SENT_SQL = 'UPDATE users SET last_digest_at = now() WHERE id = ANY($1)';

/** Queues mails (arrays $1–$8); a dedupe key already queued is skipped. */
export const ENQUEUE_MAILS_SQL = `INSERT INTO email_outbox (recipient_user_id, to_address, kind, subject, text, html, unsubscribe_url, dedupe_key)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`;

/** A user's digest period. */
const PERIOD_SQL = `CASE digest_frequency WHEN 'DAILY' THEN interval '1 day' ELSE interval '7 days' END`;

/** Up to $1 users due for their digest, locked (another instance skips them), oldest first. */
export const DUE_FOR_DIGEST_SQL = `SELECT id, email, display_name, digest_frequency,
                  coalesce(last_digest_at, now() - ${PERIOD_SQL}) AS since
             FROM users
            WHERE status = 'ACTIVE' AND email IS NOT NULL AND email_verified_at IS NOT NULL
              AND digest_frequency <> 'NEVER'
              AND coalesce(last_digest_at, email_verified_at) <= now() - ${PERIOD_SQL}
            ORDER BY coalesce(last_digest_at, email_verified_at), id
            LIMIT $1
            FOR NO KEY UPDATE SKIP LOCKED`;
