import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * German full-text search (issue 6): a text search configuration that folds accents and umlauts
 * (unaccent) before German stemming, generated tsvector columns (always fresh after an edit) with GIN
 * indexes, and a trigram index on titles for "similar questions".
 */
export class Search1763900000004 implements MigrationInterface {
  name = 'Search1763900000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE TEXT SEARCH CONFIGURATION forum_german (COPY = pg_catalog.german)`);
    await q.query(
      `ALTER TEXT SEARCH CONFIGURATION forum_german ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem`,
    );
    // unaccent() is only STABLE; index expressions need an IMMUTABLE wrapper with a fixed dictionary.
    await q.query(`
      CREATE FUNCTION forum_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);
    await q.query(
      `ALTER TABLE threads ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (setweight(to_tsvector('forum_german'::regconfig, title), 'A')) STORED`,
    );
    await q.query(
      `ALTER TABLE posts ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('forum_german'::regconfig, body)) STORED`,
    );
    await q.query(`CREATE INDEX threads_search_idx ON threads USING gin (search_vector)`);
    await q.query(`CREATE INDEX posts_search_idx ON posts USING gin (search_vector)`);
    await q.query(
      `CREATE INDEX threads_title_trgm_idx ON threads USING gin (forum_fold(title) gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS threads_title_trgm_idx`);
    await q.query(`ALTER TABLE posts DROP COLUMN IF EXISTS search_vector`);
    await q.query(`ALTER TABLE threads DROP COLUMN IF EXISTS search_vector`);
    await q.query(`DROP FUNCTION IF EXISTS forum_fold(text)`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS forum_german`);
  }
}
