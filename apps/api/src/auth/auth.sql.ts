// Hand-written SQL of the auth feature (sessions, registration rules, suspension expiry); the services
// hold the decisions.

/** The account of e-mail address $1, in any case. */
export const ACCOUNT_BY_EMAIL_SQL = 'SELECT id FROM users WHERE lower(email) = lower($1) LIMIT 1';

/** Session $1 (token hash) with its user and the user's organisation kind; expired sessions find nothing. */
export const VIEWER_BY_SESSION_SQL = `SELECT s.id AS session_id, s.expires_at, u.id, u.role, u.status, u.organisation_id, o.kind
         FROM sessions s JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = u.organisation_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`;

/** Whether one of the domains $1 is allow-listed, for organisation kind $2 (null: any kind). */
export const ALLOW_LISTED_SQL =
  'SELECT id FROM email_domain_allowlist WHERE domain = ANY($1) AND ($2::text IS NULL OR organisation_kind = $2) LIMIT 1';

/** Ends the suspension of user $1: status $2 (ACTIVE), reason and end date cleared. */
export const LIFT_SUSPENSION_SQL = `UPDATE users SET status = $2, suspended_until = NULL, suspension_reason = NULL,
            updated_at = date_trunc('milliseconds', now()) WHERE id = $1`;

/** User $1, locked, if its suspension (status $2) has an end that has passed. */
export const LOCK_EXPIRED_SUSPENSION_SQL = `SELECT id FROM users WHERE id = $1 AND status = $2 AND suspended_until IS NOT NULL
          AND suspended_until <= now() FOR UPDATE`;

/** Ends the sessions of user $1, all or all but session $2. */
export const END_SESSIONS_OF_USER_SQL =
  'DELETE FROM sessions WHERE user_id = $1 AND ($2::uuid IS NULL OR id <> $2) RETURNING id';
