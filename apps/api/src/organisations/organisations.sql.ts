// Hand-written SQL of the organisations feature; the service and the loaders hold the decisions.

/** Activity of organisations $1 (ids): active members, questions asked, visible posts, official answers. */
export const ORGANISATION_ACTIVITY_SQL = `SELECT o.id,
                (SELECT count(*) FROM users u WHERE u.organisation_id = o.id AND u.status = 'ACTIVE')::int AS "members",
                (SELECT count(*) FROM threads th JOIN users u ON u.id = th.author_id
                   WHERE u.organisation_id = o.id AND th.merged_into_id IS NULL)::int AS "questions",
                (SELECT count(*) FROM posts p WHERE p.author_organisation_id = o.id AND p.deleted_at IS NULL AND p.hidden_at IS NULL)::int AS "posts",
                (SELECT count(*) FROM posts p WHERE p.author_organisation_id = o.id AND p.official
                   AND p.deleted_at IS NULL AND p.hidden_at IS NULL)::int AS "officialAnswers"
           FROM organisations o WHERE o.id = ANY($1)`;

/** Condition on organisation `o`: at least one active account. */
export const HAS_ACTIVE_MEMBERS_SQL =
  "EXISTS (SELECT 1 FROM users u WHERE u.organisation_id = o.id AND u.status = 'ACTIVE')";
