import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents and tags (issue 19):
 *
 * 1. `attachments`: a file uploaded by `POST /uploads`, checked (type from content, ClamAV) before its row
 *    commits, then linked to one post by createPost/createThread/editPost. `post_id` is NULL until then;
 *    unlinked uploads are removed by the retention run after a day. `detached_at` says since when a file
 *    no longer belongs to a visible post (replaced by an edit, or its post deleted), for the retention rule.
 * 2. `attachment_chunks`: the file's bytes in PostgreSQL (the default store), 256 KiB per row, written
 *    while the upload streams; a directory store keeps `storage_key` instead.
 * 3. `tags`: the curated tags moderators keep; `thread_tags`: up to five per question.
 */
export class DocumentsAndTags1763900000012 implements MigrationInterface {
  name = 'DocumentsAndTags1763900000012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        uploader_id uuid NOT NULL REFERENCES users(id),
        post_id uuid REFERENCES posts(id) ON DELETE SET NULL,
        name text NOT NULL,
        content_type text NOT NULL,
        size bigint NOT NULL CHECK (size >= 0),
        width int,
        height int,
        sha256 text NOT NULL,
        storage text NOT NULL DEFAULT 'pg' CHECK (storage IN ('pg', 'dir')),
        storage_key text,
        position smallint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        detached_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX attachments_post_idx ON attachments (post_id, position) WHERE post_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX attachments_uploader_idx ON attachments (uploader_id, created_at)`);
    await q.query(`CREATE INDEX attachments_unlinked_idx ON attachments (created_at) WHERE post_id IS NULL`);
    await q.query(`
      CREATE TABLE attachment_chunks (
        attachment_id uuid NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
        seq int NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (attachment_id, seq)
      )`);
    // Already compressed or small; PostgreSQL's own compression would only cost CPU.
    await q.query(`ALTER TABLE attachment_chunks ALTER COLUMN data SET STORAGE EXTERNAL`);

    await q.query(`
      CREATE TABLE tags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        description text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX tags_name_lower_idx ON tags (lower(name))`);
    await q.query(`
      CREATE TABLE thread_tags (
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        tag_id uuid NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (thread_id, tag_id)
      )`);
    await q.query(`CREATE INDEX thread_tags_tag_idx ON thread_tags (tag_id, thread_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS thread_tags`);
    await q.query(`DROP TABLE IF EXISTS tags`);
    await q.query(`DROP TABLE IF EXISTS attachment_chunks`);
    await q.query(`DROP TABLE IF EXISTS attachments`);
  }
}
