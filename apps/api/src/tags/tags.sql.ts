// Hand-written SQL of the tags feature; the services hold the decisions.

const COLUMNS = 'id, slug, name, description';

/** All tags, by name. */
export const ALL_TAGS_SQL = `SELECT ${COLUMNS} FROM tags ORDER BY lower(name)`;

export const TAG_BY_SLUG_SQL = `SELECT ${COLUMNS} FROM tags WHERE slug = $1`;

export const TAGS_BY_IDS_SQL = `SELECT ${COLUMNS} FROM tags WHERE id = ANY($1)`;

/** Tags of threads $1, by name. */
export const TAGS_OF_THREADS_SQL = `SELECT tt.thread_id AS "threadId", t.id, t.slug, t.name, t.description
  FROM thread_tags tt JOIN tags t ON t.id = tt.tag_id WHERE tt.thread_id = ANY($1) ORDER BY lower(t.name)`;

export const INSERT_TAG_SQL = `INSERT INTO tags (slug, name, description) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`;

export const UPDATE_TAG_SQL = `UPDATE tags SET slug = $2, name = $3, description = $4 WHERE id = $1 RETURNING ${COLUMNS}`;

/** Thread $1 carries exactly tags $2. */
export const CLEAR_THREAD_TAGS_SQL =
  'DELETE FROM thread_tags WHERE thread_id = $1 AND NOT (tag_id = ANY($2))';
export const ADD_THREAD_TAGS_SQL = `INSERT INTO thread_tags (thread_id, tag_id)
  SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`;

/** Merging tag $1 into $2: its questions get $2 (once), then $1 goes. */
export const MOVE_THREAD_TAGS_SQL = `INSERT INTO thread_tags (thread_id, tag_id)
  SELECT thread_id, $2 FROM thread_tags WHERE tag_id = $1 ON CONFLICT DO NOTHING`;
export const DELETE_TAG_SQL = 'DELETE FROM tags WHERE id = $1';

/** How many visible questions carry tag $1. */
export const TAG_THREAD_COUNT_SQL = `SELECT tt.tag_id AS "tagId", count(*)::int AS n FROM thread_tags tt
  JOIN threads th ON th.id = tt.thread_id AND th.merged_into_id IS NULL WHERE tt.tag_id = ANY($1) GROUP BY tt.tag_id`;
