// Hand-written SQL of the service synonyms (everyday words of the EfA services).

/** Every service that has synonyms, with its name and its synonyms: the expansion table of search. */
export const SYNONYM_GROUPS_SQL = `SELECT t.id AS topic_id, t.title, array_agg(s.term ORDER BY s.term) AS terms
    FROM service_synonyms s JOIN topics t ON t.id = s.topic_id
   WHERE NOT t.archived
   GROUP BY t.id, t.title`;

/**
 * Services found by name or synonym for $1 (folded), plus topics $2 whose synonyms occur in the query:
 * a name or synonym containing the query, the query containing a synonym, or trigram-similar words.
 * Best first: exact synonym, name prefix, then similarity. At most $3.
 */
export const SERVICES_SQL = `WITH q AS (SELECT forum_fold($1::text) AS q),
  scored AS (
    SELECT t.id, t.title,
           greatest(
             word_similarity(q.q, forum_fold(t.title)),
             coalesce((SELECT max(greatest(similarity(q.q, forum_fold(s.term)),
                                           CASE WHEN forum_fold(s.term) = q.q THEN 1 ELSE 0 END))
                         FROM service_synonyms s WHERE s.topic_id = t.id), 0),
             CASE WHEN t.id = ANY($2::uuid[]) THEN 0.9 ELSE 0 END,
             CASE WHEN forum_fold(t.title) LIKE q.q || '%' THEN 0.95 ELSE 0 END
           )::float8 AS score
      FROM topics t, q
     WHERE NOT t.archived AND t.lead_land_id IS NOT NULL
       AND (forum_fold(t.title) LIKE '%' || q.q || '%'
            OR q.q <% forum_fold(t.title)
            OR t.id = ANY($2::uuid[])
            OR EXISTS (SELECT 1 FROM service_synonyms s
                        WHERE s.topic_id = t.id
                          AND (forum_fold(s.term) LIKE '%' || q.q || '%' OR forum_fold(s.term) % q.q)))
  )
  SELECT id FROM scored ORDER BY score DESC, title LIMIT $3`;

/** The service whose name or synonym is closest to $1 (trigram), when it is close enough. */
export const CLOSEST_SERVICE_SQL = `WITH q AS (SELECT forum_fold($1::text) AS q),
  terms AS (
    SELECT t.id, word_similarity(q.q, forum_fold(t.title)) AS score FROM topics t, q
     WHERE NOT t.archived AND t.lead_land_id IS NOT NULL
    UNION ALL
    SELECT s.topic_id, similarity(q.q, forum_fold(s.term)) FROM service_synonyms s
      JOIN topics t ON t.id = s.topic_id AND NOT t.archived, q)
  SELECT id, score::float8 AS score FROM terms WHERE score >= 0.3 ORDER BY score DESC LIMIT 1`;

/**
 * The closest known word to each word of $1 (text[]): from the names and synonyms of the services and
 * the titles of the 5,000 newest questions. Returns the word typed, the suggestion and their similarity.
 */
export const SPELLING_SQL = `WITH typed AS (SELECT DISTINCT unnest($1::text[]) AS w),
  vocabulary AS (
    SELECT DISTINCT word FROM (
      SELECT regexp_split_to_table(title, '[^[:alnum:]äöüÄÖÜß-]+') AS word FROM topics WHERE NOT archived
      UNION ALL
      SELECT regexp_split_to_table(term, '[^[:alnum:]äöüÄÖÜß-]+') FROM service_synonyms
      UNION ALL
      SELECT regexp_split_to_table(title, '[^[:alnum:]äöüÄÖÜß-]+')
        FROM (SELECT title FROM threads WHERE merged_into_id IS NULL ORDER BY created_at DESC LIMIT 5000) th
    ) v WHERE length(word) >= 4)
  SELECT DISTINCT ON (typed.w) typed.w AS typed, v.word AS suggestion,
         similarity(forum_fold(typed.w), forum_fold(v.word))::float8 AS score
    FROM typed JOIN vocabulary v ON forum_fold(v.word) % forum_fold(typed.w)
   ORDER BY typed.w, score DESC, v.word`;

export const SYNONYMS_OF_TOPIC_SQL = `SELECT id, term, topic_id FROM service_synonyms WHERE topic_id = ANY($1) ORDER BY term`;

export const INSERT_SYNONYM_SQL = `INSERT INTO service_synonyms (topic_id, term) VALUES ($1, $2)
  ON CONFLICT (topic_id, forum_fold(term)) DO NOTHING RETURNING id, term`;

export const SYNONYM_FOR_UPDATE_SQL = `SELECT topic_id, term FROM service_synonyms WHERE id = $1 FOR UPDATE`;

export const UPDATE_SYNONYM_SQL = `UPDATE service_synonyms SET term = $2 WHERE id = $1 RETURNING id, term`;

export const DELETE_SYNONYM_SQL = `DELETE FROM service_synonyms WHERE id = $1 RETURNING topic_id, term`;
