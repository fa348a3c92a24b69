// Hand-written SQL of the reactions feature; the services hold the decisions.

/** User $2 takes back their "hilfreich" on post $1. */
export const REMOVE_HELPFUL_SQL = `DELETE FROM post_reactions WHERE post_id = $1 AND user_id = $2 AND kind = 'HELPFUL'`;

/** User $2 finds post $1 helpful. */
export const ADD_HELPFUL_SQL = `INSERT INTO post_reactions (post_id, user_id, kind) VALUES ($1, $2, 'HELPFUL') ON CONFLICT DO NOTHING`;

/** How many found posts $1 helpful. */
export const HELPFUL_COUNTS_SQL = `SELECT post_id, count(*)::int AS n FROM post_reactions WHERE kind = 'HELPFUL' AND post_id = ANY($1)
        GROUP BY post_id`;

/** Which of posts $2 user $1 found helpful. */
export const FOUND_HELPFUL_SQL = `SELECT post_id FROM post_reactions WHERE kind = 'HELPFUL' AND user_id = $1 AND post_id = ANY($2)`;

/** Who found posts $1 helpful, the latest $2 per post. */
export const FOUND_HELPFUL_BY_SQL = `SELECT post_id, user_id FROM (
         SELECT post_id, user_id, row_number() OVER (PARTITION BY post_id ORDER BY created_at DESC, user_id) AS n
           FROM post_reactions WHERE kind = 'HELPFUL' AND post_id = ANY($1)) r
        WHERE n <= $2`;
