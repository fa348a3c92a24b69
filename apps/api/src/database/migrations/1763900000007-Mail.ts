import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail: per-type notification preferences (in-app / e-mail), digest frequency, confirmed e-mail
 * addresses and the outbox the mail worker sends from. Accounts that exist already (demo data, earlier
 * registrations) count as confirmed.
 */
export class Mail1763900000007 implements MigrationInterface {
  name = 'Mail1763900000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN email_verified_at timestamptz,
        ADD COLUMN digest_frequency text NOT NULL DEFAULT 'WEEKLY'
          CHECK (digest_frequency IN ('NEVER', 'DAILY', 'WEEKLY')),
        ADD COLUMN last_digest_at timestamptz`);
    await q.query(`UPDATE users SET email_verified_at = created_at`);

    // No row: the default of the type (mail/notification-preference-defaults.ts).
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN ('REPLY','NEW_THREAD','MENTION','OFFICIAL_ANSWER','ANSWER_ACCEPTED','FLAG','MODERATION','ACCOUNT')),
        in_app boolean NOT NULL,
        email boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, type)
      )`);

    await q.query(`
      CREATE TABLE email_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_user_id uuid REFERENCES users(id) ON DELETE CASCADE,
        to_address text NOT NULL,
        kind text NOT NULL,
        subject text NOT NULL,
        text text NOT NULL,
        html text NOT NULL,
        unsubscribe_url text,
        dedupe_key text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        lease_until timestamptz,
        claim_token uuid,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    // The worker's claim query: due PENDING rows and expired SENDING leases.
    await q.query(`
      CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at)
        WHERE status IN ('PENDING', 'SENDING')`);
    await q.query(`CREATE INDEX email_outbox_recipient_idx ON email_outbox (recipient_user_id)`);
    // Retention: sent and failed mails are deleted after 90 days (mail-worker.ts).
    await q.query(`CREATE INDEX email_outbox_created_idx ON email_outbox (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_outbox`);
    await q.query(`DROP TABLE notification_preferences`);
    await q.query(`
      ALTER TABLE users DROP COLUMN email_verified_at, DROP COLUMN digest_frequency, DROP COLUMN last_digest_at`);
  }
}
