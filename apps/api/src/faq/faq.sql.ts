// Hand-written SQL of the FAQ of the EfA services.

const ENTRY_COLUMNS = `f.id, f.topic_id, f.source_post_id, f.question, f.answer, f.answer_html, f.position,
  f.promoted_by_id, f.created_at, f.updated_at,
  (f.source_post_id IS NULL OR p.deleted_at IS NOT NULL OR p.hidden_at IS NOT NULL
   OR p.edited_at IS DISTINCT FROM f.source_edited_at) AS source_changed`;

/** The FAQ of topics $1 (ids), in their order. */
export const FAQ_OF_TOPICS_SQL = `SELECT ${ENTRY_COLUMNS}
    FROM faq_entries f LEFT JOIN posts p ON p.id = f.source_post_id
   WHERE f.topic_id = ANY($1) ORDER BY f.topic_id, f.position, f.created_at`;

/** One entry $1. */
export const FAQ_ENTRY_SQL = `SELECT ${ENTRY_COLUMNS}
    FROM faq_entries f LEFT JOIN posts p ON p.id = f.source_post_id WHERE f.id = $1`;

/**
 * Entries matching $1 (a tsquery, may be null) or whose question is trigram-similar to $2 (the text
 * typed), optionally of topic $3 first; at most $4. Questions weigh more than answers.
 */
export const FAQ_SEARCH_SQL = `WITH q AS (SELECT CASE WHEN $1::text IS NULL THEN NULL ELSE to_tsquery('forum_german', $1) END AS query)
  SELECT ${ENTRY_COLUMNS},
         (similarity(forum_fold(f.question), forum_fold($2)) * 0.6
          + coalesce(ts_rank(f.search_vector, q.query), 0) * 0.4
          + CASE WHEN f.topic_id = $3 THEN 0.1 ELSE 0 END)::float8 AS score
    FROM faq_entries f LEFT JOIN posts p ON p.id = f.source_post_id, q
   WHERE forum_fold(f.question) % forum_fold($2) OR (q.query IS NOT NULL AND f.search_vector @@ q.query)
   ORDER BY score DESC, f.created_at DESC
   LIMIT $4`;

/** The post $1 to promote, with its thread, topic and board. */
export const PROMOTION_SOURCE_SQL = `SELECT p.id, p.body, p.official, p.edited_at, p.deleted_at, p.hidden_at,
         th.id AS thread_id, th.title, th.accepted_post_id, th.merged_into_id,
         (SELECT fp.id FROM posts fp WHERE fp.thread_id = th.id ORDER BY fp.created_at, fp.id LIMIT 1) AS first_post_id,
         t.id AS topic_id, t.board_id, t.lead_land_id
    FROM posts p JOIN threads th ON th.id = p.thread_id JOIN topics t ON t.id = th.topic_id
   WHERE p.id = $1`;

export const NEXT_FAQ_POSITION_SQL = `SELECT coalesce(max(position) + 1, 0)::int AS next FROM faq_entries WHERE topic_id = $1`;

export const INSERT_FAQ_ENTRY_SQL = `INSERT INTO faq_entries
    (topic_id, source_post_id, question, answer, answer_html, position, source_edited_at, promoted_by_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
  ON CONFLICT (source_post_id) DO NOTHING RETURNING id`;

/** Saves edited text $2, $3 (html $4) of entry $1 and marks the source as seen in its current state. */
export const UPDATE_FAQ_ENTRY_SQL = `UPDATE faq_entries f SET question = $2, answer = $3, answer_html = $4,
    updated_at = date_trunc('milliseconds', now()),
    source_edited_at = (SELECT p.edited_at FROM posts p WHERE p.id = f.source_post_id)
  WHERE f.id = $1`;

export const DELETE_FAQ_ENTRY_SQL = `DELETE FROM faq_entries WHERE id = $1`;

/** Puts the entries $2 (ids, in the new order) of topic $1 at positions 0, 1, …; others keep theirs after. */
export const REORDER_FAQ_SQL = `UPDATE faq_entries f SET position = o.ord - 1
    FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ord)
   WHERE f.id = o.id AND f.topic_id = $1`;
