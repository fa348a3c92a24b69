import type { MigrationInterface, QueryRunner } from 'typeorm';

// Timestamps default to millisecond precision: keyset cursors carry JavaScript Dates (ms), and a
// microsecond remainder would make "(t, id) < (cursor)" skip or repeat rows.

export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);

    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('KOMMUNE','LAND','BUND','FITKO','SPITZENVERBAND','IT_DIENSTLEISTER')),
        name text NOT NULL,
        code text,
        land_id uuid REFERENCES organisations(id),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    await q.query(
      `CREATE UNIQUE INDEX organisations_kind_code_key ON organisations (kind, code) WHERE code IS NOT NULL`,
    );
    await q.query(`CREATE INDEX organisations_land_id_idx ON organisations (land_id)`);
    await q.query(`CREATE INDEX organisations_kind_name_idx ON organisations (kind, name)`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text,
        display_name text NOT NULL,
        password_hash text,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        role text NOT NULL DEFAULT 'USER' CHECK (role IN ('USER','MODERATOR','ADMIN')),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','ACTIVE','SUSPENDED','DELETED')),
        approved_at timestamptz,
        approved_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    await q.query(
      `CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email)) WHERE email IS NOT NULL`,
    );
    await q.query(`CREATE INDEX users_organisation_id_idx ON users (organisation_id)`);
    await q.query(`CREATE INDEX users_status_created_idx ON users (status, created_at, id)`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);
    await q.query(`CREATE INDEX sessions_expires_at_idx ON sessions (expires_at)`);

    await q.query(`
      CREATE TABLE boards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        title text NOT NULL,
        description text,
        position int NOT NULL DEFAULT 0,
        archived boolean NOT NULL DEFAULT false,
        themenfeld_key text,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    await q.query(`CREATE INDEX boards_position_idx ON boards (position, title)`);

    await q.query(`
      CREATE TABLE board_moderators (
        board_id uuid NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        PRIMARY KEY (board_id, user_id)
      )`);
    await q.query(`CREATE INDEX board_moderators_user_id_idx ON board_moderators (user_id)`);

    await q.query(`
      CREATE TABLE topics (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        board_id uuid NOT NULL REFERENCES boards(id),
        title text NOT NULL,
        description text,
        lead_land_id uuid REFERENCES organisations(id),
        ozg_id text,
        leika_key text,
        service_status text,
        link text,
        position int NOT NULL DEFAULT 0,
        archived boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    await q.query(`CREATE INDEX topics_board_id_idx ON topics (board_id, position, title)`);
    await q.query(`CREATE INDEX topics_lead_land_id_idx ON topics (lead_land_id)`);

    await q.query(`
      CREATE TABLE threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic_id uuid NOT NULL REFERENCES topics(id),
        author_id uuid NOT NULL REFERENCES users(id),
        title text NOT NULL,
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN','ANSWERED','CLOSED')),
        pinned boolean NOT NULL DEFAULT false,
        locked boolean NOT NULL DEFAULT false,
        accepted_post_id uuid,
        reply_count int NOT NULL DEFAULT 0,
        last_activity_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        client_id uuid,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    // Topic thread list: pinned first, newest activity first, keyset on (pinned, last_activity_at, id).
    await q.query(
      `CREATE INDEX threads_topic_list_idx ON threads (topic_id, pinned DESC, last_activity_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX threads_topic_state_list_idx ON threads (topic_id, state, pinned DESC, last_activity_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX threads_author_id_idx ON threads (author_id, created_at DESC)`);
    await q.query(
      `CREATE UNIQUE INDEX threads_author_client_id_key ON threads (author_id, client_id) WHERE client_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id),
        author_id uuid NOT NULL REFERENCES users(id),
        author_organisation_id uuid NOT NULL REFERENCES organisations(id),
        official boolean NOT NULL DEFAULT false,
        body text NOT NULL,
        body_html text NOT NULL,
        client_id uuid,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        edited_at timestamptz,
        deleted_at timestamptz,
        deleted_by_id uuid REFERENCES users(id),
        hidden_at timestamptz,
        hidden_by_id uuid REFERENCES users(id),
        hidden_reason text
      )`);
    await q.query(`CREATE INDEX posts_thread_order_idx ON posts (thread_id, created_at, id)`);
    await q.query(`CREATE INDEX posts_author_id_idx ON posts (author_id, created_at DESC)`);
    await q.query(
      `CREATE UNIQUE INDEX posts_author_client_id_key ON posts (author_id, client_id) WHERE client_id IS NOT NULL`,
    );
    await q.query(
      `ALTER TABLE threads ADD CONSTRAINT threads_accepted_post_fk FOREIGN KEY (accepted_post_id) REFERENCES posts(id)`,
    );

    await q.query(`
      CREATE TABLE post_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        body text NOT NULL,
        editor_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    await q.query(`CREATE INDEX post_revisions_post_id_idx ON post_revisions (post_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE audit_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid REFERENCES users(id),
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid NOT NULL,
        reason text,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    await q.query(`CREATE INDEX audit_entries_created_idx ON audit_entries (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_entries_target_idx ON audit_entries (target_type, target_id)`);
    // Append-only: no role used by the application can rewrite history.
    await q.query(`
      CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
      FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);

    await q.query(`
      CREATE TABLE app_meta (
        key text PRIMARY KEY,
        value text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['app_meta', 'audit_entries', 'post_revisions']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_entries_append_only`);
    await q.query(`ALTER TABLE threads DROP CONSTRAINT IF EXISTS threads_accepted_post_fk`);
    for (const table of [
      'posts',
      'threads',
      'topics',
      'board_moderators',
      'boards',
      'sessions',
      'users',
      'organisations',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
