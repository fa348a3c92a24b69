// Hand-written SQL of the identity feature (account links, provider identities); the services hold the
// decisions.

/** A link of user $1 for purpose $2 (new address $3 or null), valid for $4 seconds. */
export const INSERT_ACCOUNT_TOKEN_SQL = `INSERT INTO account_tokens (user_id, purpose, new_email, expires_at)
  VALUES ($1, $2, $3, date_trunc('milliseconds', now()) + make_interval(secs => $4)) RETURNING id`;

/** Link $1 of purpose $2, locked, with whether it is still valid and the account's state. */
export const LOCK_ACCOUNT_TOKEN_SQL = `SELECT t.id, t.user_id, t.new_email, t.used_at, t.expires_at <= now() AS expired,
         u.email, u.status
    FROM account_tokens t JOIN users u ON u.id = t.user_id
   WHERE t.id = $1 AND t.purpose = $2 FOR UPDATE OF t`;

/** Link $1 of purpose $2 with whether it is still valid (for showing the page, not for acting on it). */
export const ACCOUNT_TOKEN_STATE_SQL = `SELECT t.used_at, t.expires_at <= now() AS expired, u.status
    FROM account_tokens t JOIN users u ON u.id = t.user_id WHERE t.id = $1 AND t.purpose = $2`;

/** Every unused link of user $1 for purpose $2 is spent (a new password makes older reset links void). */
export const SPEND_ACCOUNT_TOKENS_SQL = `UPDATE account_tokens SET used_at = date_trunc('milliseconds', now())
   WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`;

/** Links that expired more than a day ago go (retention: the audit trail of a link is its mail). */
export const PURGE_ACCOUNT_TOKENS_SQL = `DELETE FROM account_tokens WHERE expires_at < now() - interval '1 day'`;

/** The account of address $1 (any case) that may receive a reset link: not deleted. */
export const RESET_RECIPIENT_SQL = `SELECT id, status FROM users WHERE lower(email) = lower($1) AND status <> 'DELETED' LIMIT 1`;

/** Sets password $2 of user $1; following a link in a mail also confirms the address. */
export const SET_PASSWORD_FROM_LINK_SQL = `UPDATE users SET password_hash = $2,
         email_verified_at = COALESCE(email_verified_at, date_trunc('milliseconds', now())),
         updated_at = date_trunc('milliseconds', now()) WHERE id = $1`;

/** Whether another account than $2 uses address $1 (any case). */
export const EMAIL_TAKEN_SQL = `SELECT id FROM users WHERE lower(email) = lower($1) AND id <> $2 LIMIT 1`;

/** The address of user $1 and whether it has a password. */
export const EMAIL_AND_PASSWORD_SQL = `SELECT email, password_hash FROM users WHERE id = $1`;

/** User $1 gets address $2, confirmed now. */
export const SET_EMAIL_SQL = `UPDATE users SET email = $2, email_verified_at = date_trunc('milliseconds', now()),
         updated_at = date_trunc('milliseconds', now()) WHERE id = $1`;

/** The account linked to subject $2 at provider $1, with its status; marks the sign-in. */
export const SIGN_IN_IDENTITY_SQL = `WITH touched AS (
    UPDATE user_identities SET last_sign_in_at = date_trunc('milliseconds', now())
     WHERE provider_id = $1 AND subject = $2 RETURNING user_id)
  SELECT u.id, u.status FROM touched JOIN users u ON u.id = touched.user_id`;

/** The account of address $1 (any case), not deleted. */
export const ACCOUNT_FOR_LINKING_SQL = `SELECT id, status FROM users WHERE lower(email) = lower($1) AND status <> 'DELETED' LIMIT 1`;

/** Links subject $2 at provider $1 (address $4) to user $3. */
export const LINK_IDENTITY_SQL = `INSERT INTO user_identities (provider_id, subject, user_id, email) VALUES ($1, $2, $3, $4)
  ON CONFLICT (provider_id, subject) DO NOTHING`;

/** The Kommune with AGS $1 (or ARS $2: stored either way). */
export const KOMMUNE_BY_AGS_SQL = `SELECT id FROM organisations WHERE kind = 'KOMMUNE' AND (code = $1 OR code = $2
     OR (length(code) = 12 AND substr(code, 1, 5) || substr(code, 10, 3) = $1)) ORDER BY length(code) LIMIT 1`;

/** The Land with code $1. */
export const LAND_BY_CODE_SQL = `SELECT id FROM organisations WHERE kind = 'LAND' AND upper(code) = $1 LIMIT 1`;

/** Organisation $1, if it exists. */
export const ORGANISATION_EXISTS_SQL = `SELECT id FROM organisations WHERE id = $1`;

/** A new account from a provider: address $1, name $2, organisation $3, status $4, confirmed $5. */
export const INSERT_PROVIDER_ACCOUNT_SQL = `INSERT INTO users (email, display_name, password_hash, organisation_id, status,
        email_verified_at, approved_at)
  VALUES ($1, $2, NULL, $3, $4, CASE WHEN $5 THEN date_trunc('milliseconds', now()) END,
          CASE WHEN $4 = 'ACTIVE' THEN date_trunc('milliseconds', now()) END)
  RETURNING id`;

/** Accounts linked per provider. */
export const LINKED_ACCOUNTS_SQL = `SELECT provider_id, count(*)::int AS accounts FROM user_identities GROUP BY provider_id`;
