import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity (issue 18):
 *
 * 1. `account_tokens`: the single-use links of "Passwort vergessen?" (PASSWORD_RESET) and of an e-mail
 *    change (EMAIL_CHANGE, with the new address). The link carries the row's id under an HMAC
 *    (MAIL_SECRET); the row says whether it was used and until when it is valid.
 * 2. `user_identities`: an account's links to OpenID Connect providers, one per provider and subject
 *    (`sub`). The provider id is the configured one (`default` for the single-provider variables).
 */
export class Identity1763900000011 implements MigrationInterface {
  name = 'Identity1763900000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('PASSWORD_RESET', 'EMAIL_CHANGE')),
        new_email text,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        CHECK ((purpose = 'EMAIL_CHANGE') = (new_email IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX account_tokens_user_id_idx ON account_tokens (user_id)`);
    await q.query(`CREATE INDEX account_tokens_expires_at_idx ON account_tokens (expires_at)`);
    await q.query(`
      CREATE TABLE user_identities (
        provider_id text NOT NULL,
        subject text NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        email text,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        last_sign_in_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        PRIMARY KEY (provider_id, subject)
      )`);
    await q.query(`CREATE INDEX user_identities_user_id_idx ON user_identities (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE user_identities');
    await q.query('DROP TABLE account_tokens');
  }
}
