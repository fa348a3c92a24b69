// Hand-written SQL of the activity stream; the services hold the decisions.

/** Select list over the joins of `activityJoins`: names and titles, a deleted account shown as such. */
export const ACTIVITY_COLUMNS = `CASE WHEN u.status = 'DELETED' THEN 'Gelöschtes Konto' ELSE u.display_name END AS display_name,
       o.name AS organisation, o.kind AS organisation_kind, th.id AS thread_id, th.title, t.id AS topic_id,
       t.title AS topic_title`;

/** LEFT JOINs from a source with `actor_id` and `thread_id` columns; either may be null. */
export const activityJoins = (source: string) =>
  `LEFT JOIN users u ON u.id = ${source}.actor_id LEFT JOIN organisations o ON o.id = u.organisation_id
   LEFT JOIN threads th ON th.id = ${source}.thread_id LEFT JOIN topics t ON t.id = th.topic_id`;

/** The latest public activity, newest first, at most $1: questions, answers, acceptances, flags, approvals, hidden posts. */
export const RECENT_ACTIVITY_SQL = `WITH ev AS (
         (SELECT 'QUESTION' AS kind, th.created_at AS at, th.author_id AS actor_id, th.id AS thread_id,
                 NULL::uuid AS post_id
            FROM threads th ORDER BY th.created_at DESC LIMIT $1)
         UNION ALL
         (SELECT CASE WHEN p.official THEN 'OFFICIAL_ANSWER' ELSE 'ANSWER' END, p.created_at, p.author_id,
                 p.thread_id, p.id
            FROM posts p JOIN threads th ON th.id = p.thread_id
           WHERE p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.created_at > th.created_at
           ORDER BY p.created_at DESC LIMIT $1)
         UNION ALL
         (SELECT 'ANSWER_ACCEPTED', th.accepted_at, th.author_id, th.id, th.accepted_post_id
            FROM threads th WHERE th.accepted_at IS NOT NULL ORDER BY th.accepted_at DESC LIMIT $1)
         UNION ALL
         (SELECT 'POST_FLAGGED', f.created_at, NULL::uuid, p.thread_id, p.id
            FROM flags f JOIN posts p ON p.id = f.post_id ORDER BY f.created_at DESC LIMIT $1)
         UNION ALL
         (SELECT CASE a.action WHEN 'USER_APPROVED' THEN 'ACCOUNT_APPROVED' ELSE 'POST_HIDDEN' END, a.created_at,
                 CASE WHEN a.action = 'USER_APPROVED' THEN a.target_id END,
                 CASE WHEN a.action = 'POST_HIDDEN' THEN (SELECT p.thread_id FROM posts p WHERE p.id = a.target_id) END,
                 CASE WHEN a.action = 'POST_HIDDEN' THEN a.target_id END
            FROM audit_entries a WHERE a.action IN ('USER_APPROVED', 'POST_HIDDEN')
           ORDER BY a.created_at DESC LIMIT $1))
       SELECT ev.kind, ev.at, ev.post_id, ${ACTIVITY_COLUMNS}
         FROM ev ${activityJoins('ev')}
        ORDER BY ev.at DESC
        LIMIT $1`;

/** Today's counts (since midnight, German time): questions, official answers, solutions, Kommunen joining. */
export const TODAY_SQL = `WITH d AS (SELECT date_trunc('day', now() AT TIME ZONE 'Europe/Berlin') AT TIME ZONE 'Europe/Berlin' AS since)
       SELECT d.since,
              (SELECT count(*) FROM threads th WHERE th.created_at >= d.since AND th.merged_into_id IS NULL)::int AS questions,
              (SELECT count(*) FROM posts p WHERE p.created_at >= d.since AND p.official
                  AND p.deleted_at IS NULL AND p.hidden_at IS NULL)::int AS official_answers,
              (SELECT count(*) FROM threads th WHERE th.accepted_at >= d.since)::int AS solved,
              (SELECT count(*) FROM users u JOIN organisations o ON o.id = u.organisation_id
                WHERE u.approved_at >= d.since AND o.kind = 'KOMMUNE' AND u.status = 'ACTIVE')::int AS kommunen_joined
         FROM d`;

/** Names and titles for one live event: actor $1 and thread $2 (either may be null). */
export const ACTIVITY_OF_SQL = `SELECT ${ACTIVITY_COLUMNS}
         FROM (SELECT $1::uuid AS actor_id, $2::uuid AS thread_id) x ${activityJoins('x')}`;
