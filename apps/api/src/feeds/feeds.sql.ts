// Hand-written SQL of the Atom feeds and their personal tokens.

/** The user behind feed token hash $1, as a viewer (status decides what the feed may show). */
export const VIEWER_BY_FEED_TOKEN_SQL = `UPDATE feed_tokens ft SET last_used_at = date_trunc('milliseconds', now())
    FROM users u JOIN organisations o ON o.id = u.organisation_id
   WHERE ft.token_hash = $1 AND u.id = ft.user_id
  RETURNING u.id, u.role, u.status, u.organisation_id, o.kind`;

export const UPSERT_FEED_TOKEN_SQL = `INSERT INTO feed_tokens (user_id, token_hash) VALUES ($1, $2)
  ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash,
    created_at = date_trunc('milliseconds', now()), last_used_at = NULL
  RETURNING created_at`;

export const DELETE_FEED_TOKEN_SQL = `DELETE FROM feed_tokens WHERE user_id = $1`;

export const FEED_TOKEN_OF_USER_SQL = `SELECT created_at, last_used_at FROM feed_tokens WHERE user_id = $1`;

/**
 * The newest posts (questions and answers) matching a scope, at most $2: visible (not deleted; hidden ones
 * only to the people who may see them, here never), of threads not merged away. $1 is the scope's id.
 */
const ENTRIES = (scope: string) => `SELECT p.id, p.body_html, p.created_at, p.edited_at, p.official,
         th.id AS thread_id, th.title AS thread_title,
         (p.id = (SELECT fp.id FROM posts fp WHERE fp.thread_id = th.id ORDER BY fp.created_at, fp.id LIMIT 1)) AS is_question,
         u.display_name, u.status AS author_status, o.name AS organisation_name
    FROM posts p
    JOIN threads th ON th.id = p.thread_id
    JOIN topics t ON t.id = th.topic_id
    JOIN users u ON u.id = p.author_id
    JOIN organisations o ON o.id = p.author_organisation_id
   WHERE p.deleted_at IS NULL AND p.hidden_at IS NULL AND th.merged_into_id IS NULL AND ${scope}
   ORDER BY p.created_at DESC, p.id DESC
   LIMIT $2`;

export const BOARD_FEED_SQL = ENTRIES('t.board_id = $1');
export const TOPIC_FEED_SQL = ENTRIES('th.topic_id = $1');
/** A tag across all services: the questions carrying tag $1, and their answers. */
export const TAG_FEED_SQL = ENTRIES(
  'th.id IN (SELECT tt.thread_id FROM thread_tags tt WHERE tt.tag_id = $1)',
);
/** "Fragen an mein Land": the questions in the services the Land $1 leads, and their answers. */
export const LAND_FEED_SQL = ENTRIES('t.lead_land_id = $1');

export const BOARD_TITLE_SQL = `SELECT title, slug FROM boards WHERE id = $1`;
export const TOPIC_TITLE_SQL = `SELECT t.title FROM topics t JOIN boards b ON b.id = t.board_id
   WHERE t.id = $1`;
export const TAG_TITLE_SQL = `SELECT name AS title, slug FROM tags WHERE id = $1`;
export const ORGANISATION_NAME_SQL = `SELECT name FROM organisations WHERE id = $1`;
