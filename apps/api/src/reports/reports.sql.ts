import { CUSTOM_PLAN } from '../database/preparing-client';
import { answeredSql } from '../threads/thread-progress';

// Hand-written SQL of the Kommunalpakt report; the service holds the decisions. Every statement is
// planned per call (CUSTOM_PLAN): the period decides how much of the tables it reads.

/** How many weeks the weekly trend covers. */
export const WEEKS = 12;

// One row per question in the period: its service, whether it counts as answered ("beantwortet": a
// visible official Land answer or an accepted answer, in any state — the same rule as the status badge,
// thread-progress.ts), and when a Land first answered (threads.first_land_answer_at, kept by triggers).
const QUESTIONS_CTE = `
  questions AS (
    SELECT th.id, th.topic_id, t.lead_land_id, th.created_at, th.last_activity_at,
           th.first_land_answer_at, ${answeredSql('th')} AS answered
      FROM threads th
      JOIN topics t ON t.id = th.topic_id
     WHERE t.lead_land_id IS NOT NULL AND th.merged_into_id IS NULL
       AND ($1::timestamptz IS NULL OR th.created_at >= $1) AND th.created_at < $2)`;

const MEDIAN_HOURS = `percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM q.first_land_answer_at - q.created_at) / 3600.0)
                        FILTER (WHERE q.first_land_answer_at IS NOT NULL)`;

/** Per EfA service with a lead Land: questions in the period ($1 from, null: all; $2 to), answered, median hours to the first Land answer, municipalities taking part, last activity. */
export const SERVICE_PROGRESS_SQL = `${CUSTOM_PLAN} WITH ${QUESTIONS_CTE},
         per_topic AS (
           SELECT q.topic_id, count(*)::int AS questions, (count(*) FILTER (WHERE q.answered))::int AS answered,
                  ${MEDIAN_HOURS} AS median_hours, max(q.last_activity_at) AS last_activity_at
             FROM questions q GROUP BY q.topic_id),
         kommunen AS (
           SELECT q.topic_id, count(DISTINCT p.author_organisation_id)::int AS municipalities
             FROM questions q JOIN posts p ON p.thread_id = q.id
             JOIN organisations o ON o.id = p.author_organisation_id AND o.kind = 'KOMMUNE'
            GROUP BY q.topic_id)
         SELECT t.id AS topic_id, t.title, l.name AS lead_land_name,
                coalesce(pt.questions, 0) AS questions, coalesce(pt.answered, 0) AS answered,
                pt.median_hours, coalesce(k.municipalities, 0) AS municipalities, pt.last_activity_at
           FROM topics t
           JOIN organisations l ON l.id = t.lead_land_id
           LEFT JOIN per_topic pt ON pt.topic_id = t.id
           LEFT JOIN kommunen k ON k.topic_id = t.id
          WHERE NOT t.archived OR pt.questions IS NOT NULL
          ORDER BY coalesce(pt.questions, 0) DESC, t.title`;

/** Per Land: services it leads, questions in the period ($1, $2), answered, median hours, official answers it gave. */
export const LAND_PROGRESS_SQL = `${CUSTOM_PLAN} WITH ${QUESTIONS_CTE},
         per_land AS (
           SELECT q.lead_land_id, count(*)::int AS questions, (count(*) FILTER (WHERE q.answered))::int AS answered,
                  ${MEDIAN_HOURS} AS median_hours
             FROM questions q GROUP BY q.lead_land_id),
         led AS (SELECT lead_land_id, count(*)::int AS n FROM topics WHERE lead_land_id IS NOT NULL AND NOT archived GROUP BY lead_land_id),
         given AS (
           SELECT p.author_organisation_id AS land_id, count(*)::int AS n FROM posts p
            WHERE p.official AND p.deleted_at IS NULL AND p.hidden_at IS NULL
              AND ($1::timestamptz IS NULL OR p.created_at >= $1) AND p.created_at < $2
            GROUP BY p.author_organisation_id)
         SELECT o.id AS land_id, o.name, coalesce(led.n, 0) AS led_services, coalesce(pl.questions, 0) AS questions,
                coalesce(pl.answered, 0) AS answered, pl.median_hours, coalesce(given.n, 0) AS answers_given
           FROM organisations o
           LEFT JOIN per_land pl ON pl.lead_land_id = o.id
           LEFT JOIN led ON led.lead_land_id = o.id
           LEFT JOIN given ON given.land_id = o.id
          WHERE o.kind = 'LAND'
          ORDER BY o.name`;

/** Questions per service and week, the last WEEKS weeks before $1. */
export const WEEKLY_QUESTIONS_SQL = `${CUSTOM_PLAN} SELECT th.topic_id, floor(extract(epoch FROM $1::timestamptz - th.created_at) / 604800)::int AS weeks_ago, count(*)::int AS n
           FROM threads th JOIN topics t ON t.id = th.topic_id
          WHERE t.lead_land_id IS NOT NULL AND th.merged_into_id IS NULL
            AND th.created_at < $1 AND th.created_at >= $1::timestamptz - interval '${WEEKS} weeks'
          GROUP BY 1, 2`;

/** Per tag, across all services: questions in the period ($1, $2) with the tag, answered, services they came from. */
export const TAG_PROGRESS_SQL = `${CUSTOM_PLAN} WITH ${QUESTIONS_CTE}
         SELECT tg.id AS tag_id, tg.name, tg.slug, tg.description, count(q.id)::int AS questions,
                (count(q.id) FILTER (WHERE q.answered))::int AS answered,
                count(DISTINCT q.topic_id)::int AS services
           FROM tags tg
           LEFT JOIN thread_tags tt ON tt.tag_id = tg.id
           LEFT JOIN questions q ON q.id = tt.thread_id
          GROUP BY tg.id
          ORDER BY count(q.id) DESC, lower(tg.name)`;

// The adoption map stores each Kommune's current record only. A record counts from the day it began: the
// Kommune's own "seit" date for USES and IN_PROGRESS, else the day it took its status (status_since; for
// PLANNED, "since" is the target date). At the end of the period ($2) a record counts when it began
// before; "new" when it began within the period ($1 from; null: since ever). A record that changed status
// after the period is not counted there (its earlier status is not kept).
const ADOPTION_COUNTS = (alias: string) => `
         count(*) FILTER (WHERE ${alias}.status = 'USES')::int AS uses,
         count(*) FILTER (WHERE ${alias}.status = 'IN_PROGRESS')::int AS in_progress,
         count(*) FILTER (WHERE ${alias}.status = 'PLANNED')::int AS planned,
         count(*) FILTER (WHERE ${alias}.status = 'USES' AND ${alias}.is_new)::int AS uses_new,
         count(*) FILTER (WHERE ${alias}.status = 'IN_PROGRESS' AND ${alias}.is_new)::int AS in_progress_new,
         count(*) FILTER (WHERE ${alias}.status = 'PLANNED' AND ${alias}.is_new)::int AS planned_new`;

const DATED_ADOPTIONS_CTE = `
  dated AS (
    SELECT a.topic_id, a.organisation_id, a.status,
           CASE WHEN a.status = 'PLANNED' THEN a.status_since ELSE coalesce(a.since, a.status_since) END AS began
      FROM adoptions a),
  counted AS (
    SELECT d.*, ($1::timestamptz IS NULL OR d.began >= $1) AS is_new FROM dated d WHERE d.began < $2)`;

/** Adoption per service at the end of the period ($2), and new within it ($1, $2). */
export const ADOPTION_PER_SERVICE_SQL = `WITH ${DATED_ADOPTIONS_CTE}
  SELECT c.topic_id AS key, ${ADOPTION_COUNTS('c')}
    FROM counted c GROUP BY c.topic_id`;

/** Adoption per Land (its Kommunen's records over all services) at the end of the period, and new within it. */
export const ADOPTION_PER_LAND_SQL = `WITH ${DATED_ADOPTIONS_CTE}
  SELECT k.land_id AS key, ${ADOPTION_COUNTS('c')}
    FROM counted c JOIN organisations k ON k.id = c.organisation_id
   WHERE k.land_id IS NOT NULL GROUP BY k.land_id`;
