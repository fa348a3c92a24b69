import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowledge that outlives the thread (issue 20): the Steckbrief of an EfA service with its versioned
 * history, the service's FAQ promoted from answers, the adoption map (which Kommune uses which service),
 * everyday-word synonyms of the services for search, and the personal feed tokens for Atom feeds.
 */
export class Knowledge1763900000013 implements MigrationInterface {
  name = 'Knowledge1763900000013';

  async up(q: QueryRunner): Promise<void> {
    // Steckbrief fields beside the existing description, ozg_id, leika_key, service_status and link.
    await q.query(`
      ALTER TABLE topics
        ADD COLUMN contact_role text,
        ADD COLUMN reuse_links jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN standards text[] NOT NULL DEFAULT '{}',
        ADD COLUMN profile_updated_at timestamptz,
        ADD COLUMN profile_updated_by_id uuid REFERENCES users(id) ON DELETE SET NULL`);
    // One row per saved Steckbrief: the whole state after the change, and which fields changed.
    await q.query(`
      CREATE TABLE service_profile_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic_id uuid NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        editor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        changed_fields text[] NOT NULL,
        snapshot jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
      )`);
    await q.query(
      `CREATE INDEX service_profile_revisions_topic_idx ON service_profile_revisions (topic_id, created_at DESC)`,
    );

    await q.query(`
      CREATE TABLE service_synonyms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic_id uuid NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        term text NOT NULL CHECK (length(term) BETWEEN 2 AND 100),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    await q.query(
      `CREATE UNIQUE INDEX service_synonyms_topic_term_key ON service_synonyms (topic_id, forum_fold(term))`,
    );
    await q.query(
      `CREATE INDEX service_synonyms_term_trgm_idx ON service_synonyms USING gin (forum_fold(term) gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX topics_title_trgm_idx ON topics USING gin (forum_fold(title) gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE faq_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic_id uuid NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        source_post_id uuid REFERENCES posts(id) ON DELETE SET NULL,
        question text NOT NULL,
        answer text NOT NULL,
        answer_html text NOT NULL,
        position int NOT NULL,
        source_edited_at timestamptz,
        promoted_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('forum_german'::regconfig, question), 'A') ||
          to_tsvector('forum_german'::regconfig, answer)) STORED
      )`);
    await q.query(`CREATE INDEX faq_entries_topic_idx ON faq_entries (topic_id, position)`);
    await q.query(`CREATE UNIQUE INDEX faq_entries_source_post_key ON faq_entries (source_post_id)`);
    await q.query(`CREATE INDEX faq_entries_search_idx ON faq_entries USING gin (search_vector)`);
    await q.query(
      `CREATE INDEX faq_entries_question_trgm_idx ON faq_entries USING gin (forum_fold(question) gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE adoptions (
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('USES', 'IN_PROGRESS', 'PLANNED')),
        model text,
        since timestamptz,
        recorded_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        PRIMARY KEY (topic_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX adoptions_organisation_idx ON adoptions (organisation_id)`);

    // Only the SHA-256 of a feed token is stored; one token per user, replaced or deleted to revoke.
    await q.query(`
      CREATE TABLE feed_tokens (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        last_used_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS feed_tokens`);
    await q.query(`DROP TABLE IF EXISTS adoptions`);
    await q.query(`DROP TABLE IF EXISTS faq_entries`);
    await q.query(`DROP INDEX IF EXISTS topics_title_trgm_idx`);
    await q.query(`DROP TABLE IF EXISTS service_synonyms`);
    await q.query(`DROP TABLE IF EXISTS service_profile_revisions`);
    await q.query(`
      ALTER TABLE topics DROP COLUMN IF EXISTS contact_role, DROP COLUMN IF EXISTS reuse_links,
        DROP COLUMN IF EXISTS standards, DROP COLUMN IF EXISTS profile_updated_at,
        DROP COLUMN IF EXISTS profile_updated_by_id`);
  }
}
