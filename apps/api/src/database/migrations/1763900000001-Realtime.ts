import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Watches and stored notifications (issue 3: real-time notifications). */
export class Realtime1763900000001 implements MigrationInterface {
  name = 'Realtime1763900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE watches (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        target_type text NOT NULL CHECK (target_type IN ('BOARD','TOPIC','THREAD')),
        target_id uuid NOT NULL,
        level text NOT NULL CHECK (level IN ('WATCHING','MUTED')),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        PRIMARY KEY (user_id, target_type, target_id)
      )`);
    // Fan-out reads "who watches this thread/topic/board".
    await q.query(`CREATE INDEX watches_target_idx ON watches (target_type, target_id, user_id)`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN ('REPLY','NEW_THREAD','MENTION','OFFICIAL_ANSWER','ANSWER_ACCEPTED','FLAG','MODERATION','ACCOUNT')),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        thread_id uuid REFERENCES threads(id) ON DELETE CASCADE,
        post_id uuid REFERENCES posts(id) ON DELETE CASCADE,
        detail text,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        read_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL`,
    );
    await q.query(`CREATE INDEX notifications_created_idx ON notifications (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notifications`);
    await q.query(`DROP TABLE IF EXISTS watches`);
  }
}
