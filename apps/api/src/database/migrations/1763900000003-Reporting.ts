import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes for the Kommunalpakt report and the organisation pages (issue 5). */
export class Reporting1763900000003 implements MigrationInterface {
  name = 'Reporting1763900000003';

  async up(q: QueryRunner): Promise<void> {
    // Answers per organisation (report "Antworten des Landes", organisation pages).
    await q.query(`CREATE INDEX posts_author_organisation_idx ON posts (author_organisation_id, created_at)`);
    // First Land answer per thread: only official posts are scanned.
    await q.query(`CREATE INDEX posts_official_thread_idx ON posts (thread_id, created_at) WHERE official`);
    // Report period filter over service topics.
    await q.query(`CREATE INDEX threads_created_idx ON threads (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS threads_created_idx`);
    await q.query(`DROP INDEX IF EXISTS posts_official_thread_idx`);
    await q.query(`DROP INDEX IF EXISTS posts_author_organisation_idx`);
  }
}
