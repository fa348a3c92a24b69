// Hand-written SQL of the account feature; the services hold the decisions.

/** Sets the password hash $2 of user $1. */
export const SET_PASSWORD_SQL = `UPDATE users SET password_hash = $2, updated_at = date_trunc('milliseconds', now()) WHERE id = $1`;

/** Ends the sessions of user $1 except session $2. */
export const END_OTHER_SESSIONS_SQL = 'DELETE FROM sessions WHERE user_id = $1 AND id <> $2 RETURNING id';

/** The role of user $1, locked. */
export const LOCK_ROLE_SQL = 'SELECT role FROM users WHERE id = $1 FOR UPDATE';

/** Other administrators than $1 with status $2, locked (the last administrator stays). */
export const OTHER_ACTIVE_ADMINS_SQL = `SELECT id FROM users WHERE role = 'ADMIN' AND status = $2 AND id <> $1 FOR UPDATE`;

/** Read notifications older than $1 go. */
export const PURGE_READ_NOTIFICATIONS_SQL =
  'DELETE FROM notifications WHERE read_at IS NOT NULL AND created_at < $1';

/** All notifications older than $1 go. */
export const PURGE_NOTIFICATIONS_SQL = 'DELETE FROM notifications WHERE created_at < $1';
