// Hand-written SQL of the adoption map.

const COLUMNS = `a.organisation_id, a.topic_id, a.status, a.model, a.since, a.recorded_by_id, a.updated_at`;

/** Adoptions of topics $1 (ids): users first, then in introduction, then planned; by Kommune name. */
export const ADOPTIONS_OF_TOPICS_SQL = `SELECT ${COLUMNS}
    FROM adoptions a JOIN organisations o ON o.id = a.organisation_id
   WHERE a.topic_id = ANY($1)
   ORDER BY a.topic_id, CASE a.status WHEN 'USES' THEN 0 WHEN 'IN_PROGRESS' THEN 1 ELSE 2 END, o.name`;

/** The adoption of topic $1 by organisation $2. */
export const ADOPTION_SQL = `SELECT ${COLUMNS} FROM adoptions a WHERE a.topic_id = $1 AND a.organisation_id = $2`;

export const UPSERT_ADOPTION_SQL = `INSERT INTO adoptions (organisation_id, topic_id, status, model, since, recorded_by_id)
  VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (topic_id, organisation_id) DO UPDATE SET status = EXCLUDED.status, model = EXCLUDED.model,
    since = EXCLUDED.since, recorded_by_id = EXCLUDED.recorded_by_id,
    updated_at = date_trunc('milliseconds', now()),
    -- The status's own date moves only with the status (the report dates records by it).
    status_since = CASE WHEN adoptions.status = EXCLUDED.status THEN adoptions.status_since
                        ELSE date_trunc('milliseconds', now()) END`;

export const DELETE_ADOPTION_SQL = `DELETE FROM adoptions WHERE topic_id = $1 AND organisation_id = $2`;

/**
 * Every Land with the number of its Kommunen per status, for topic $1 (or all services when null: a
 * Kommune counts once per service).
 */
export const ADOPTION_BY_LAND_SQL = `SELECT l.id AS land_id, l.code, l.name,
         count(a.*) FILTER (WHERE a.status = 'USES')::int AS uses,
         count(a.*) FILTER (WHERE a.status = 'IN_PROGRESS')::int AS in_progress,
         count(a.*) FILTER (WHERE a.status = 'PLANNED')::int AS planned
    FROM organisations l
    LEFT JOIN organisations k ON k.land_id = l.id AND k.kind = 'KOMMUNE'
    LEFT JOIN adoptions a ON a.organisation_id = k.id AND ($1::uuid IS NULL OR a.topic_id = $1)
   WHERE l.kind = 'LAND'
   GROUP BY l.id, l.code, l.name
   ORDER BY l.name`;
