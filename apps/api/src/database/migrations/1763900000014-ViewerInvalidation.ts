import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every API instance keeps the viewers of recent sessions in memory (auth/viewer-cache.ts). These triggers
 * tell every instance, through PostgreSQL's NOTIFY on channel `forum_viewer`, when a cached viewer may have
 * changed: a session ends or changes, a user's role, status or organisation changes, an organisation's kind
 * changes. NOTIFY is sent at commit (never for a rolled-back write) and reaches the instances in commit
 * order; being triggers, they cover every writer, including ones written later and plain SQL.
 * Payloads: `u:<user id>` (drop that user's sessions) or `o:<organisation id>` (drop its members).
 */
export class ViewerInvalidation1763900000014 implements MigrationInterface {
  name = 'ViewerInvalidation1763900000014';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION forum_notify_viewer_of_session() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Identical payloads within one transaction are sent once, so a bulk delete costs one per user.
        PERFORM pg_notify('forum_viewer', 'u:' || OLD.user_id);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER sessions_notify_viewer AFTER DELETE OR UPDATE OF user_id, expires_at, token_hash ON sessions
      FOR EACH ROW EXECUTE FUNCTION forum_notify_viewer_of_session()`);
    await q.query(`
      CREATE FUNCTION forum_notify_viewer_of_user() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.role IS DISTINCT FROM NEW.role OR OLD.status IS DISTINCT FROM NEW.status
           OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id THEN
          PERFORM pg_notify('forum_viewer', 'u:' || OLD.id);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER users_notify_viewer AFTER DELETE OR UPDATE OF role, status, organisation_id ON users
      FOR EACH ROW EXECUTE FUNCTION forum_notify_viewer_of_user()`);
    await q.query(`
      CREATE FUNCTION forum_notify_viewer_of_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.kind IS DISTINCT FROM NEW.kind THEN
          PERFORM pg_notify('forum_viewer', 'o:' || OLD.id);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER organisations_notify_viewer AFTER UPDATE OF kind ON organisations
      FOR EACH ROW EXECUTE FUNCTION forum_notify_viewer_of_organisation()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER organisations_notify_viewer ON organisations');
    await q.query('DROP TRIGGER users_notify_viewer ON users');
    await q.query('DROP TRIGGER sessions_notify_viewer ON sessions');
    await q.query('DROP FUNCTION forum_notify_viewer_of_organisation()');
    await q.query('DROP FUNCTION forum_notify_viewer_of_user()');
    await q.query('DROP FUNCTION forum_notify_viewer_of_session()');
  }
}
