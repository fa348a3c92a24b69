import type { MigrationInterface, QueryRunner } from 'typeorm';

// Moderation and administration (issue 4): flags, merged threads, timed suspensions, the e-mail domain
// allow-list for automatic approval, and indexes for the filtered audit log.

export class Moderation1763900000002 implements MigrationInterface {
  name = 'Moderation1763900000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE threads ADD COLUMN merged_into_id uuid REFERENCES threads(id)`);
    await q.query(
      `CREATE INDEX threads_merged_into_id_idx ON threads (merged_into_id) WHERE merged_into_id IS NOT NULL`,
    );

    await q.query(`ALTER TABLE users ADD COLUMN suspended_until timestamptz`);
    await q.query(`ALTER TABLE users ADD COLUMN suspension_reason text`);

    await q.query(`
      CREATE TABLE flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES posts(id),
        reporter_id uuid NOT NULL REFERENCES users(id),
        reason text NOT NULL
          CHECK (reason IN ('BELEIDIGUNG','SPAM','DATENSCHUTZ','FALSCHE_INFORMATION','SONSTIGES')),
        comment text,
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN','RESOLVED','DISMISSED')),
        resolved_by_id uuid REFERENCES users(id),
        resolved_at timestamptz,
        resolution_note text,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        CONSTRAINT flags_post_reporter_key UNIQUE (post_id, reporter_id)
      )`);
    // Review queue: newest first, optionally by state; keyset on (created_at, id).
    await q.query(`CREATE INDEX flags_created_idx ON flags (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX flags_state_created_idx ON flags (state, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX flags_reporter_id_idx ON flags (reporter_id)`);

    await q.query(`
      CREATE TABLE email_domain_allowlist (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        domain text NOT NULL CHECK (domain = lower(domain)),
        organisation_kind text NOT NULL
          CHECK (organisation_kind IN ('KOMMUNE','LAND','BUND','FITKO','SPITZENVERBAND','IT_DIENSTLEISTER')),
        created_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        CONSTRAINT email_domain_allowlist_key UNIQUE (domain, organisation_kind)
      )`);

    await q.query(
      `CREATE INDEX audit_entries_action_created_idx ON audit_entries (action, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX audit_entries_actor_created_idx ON audit_entries (actor_id, created_at DESC, id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS audit_entries_actor_created_idx`);
    await q.query(`DROP INDEX IF EXISTS audit_entries_action_created_idx`);
    await q.query(`DROP TABLE IF EXISTS email_domain_allowlist`);
    await q.query(`DROP TABLE IF EXISTS flags`);
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS suspension_reason`);
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS suspended_until`);
    await q.query(`DROP INDEX IF EXISTS threads_merged_into_id_idx`);
    await q.query(`ALTER TABLE threads DROP COLUMN IF EXISTS merged_into_id`);
  }
}
