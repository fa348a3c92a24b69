import { CUSTOM_PLAN } from '../database/preparing-client';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requireActive } from '../common/permissions/permissions';
import { badInput } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { answeredSql } from '../threads/thread-progress';
import { type KommunalpaktReportModel, LandProgressModel, ServiceProgressModel } from './report.models';

export interface ReportPeriod {
  from?: Date | null;
  to?: Date | null;
}

const WEEKS = 12;

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

const share = (answered: number, questions: number) => (questions ? answered / questions : null);
const hours = (value: string | number | null) =>
  value === null ? null : Math.round(Number(value) * 100) / 100;

@Injectable()
export class ReportService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async report(viewer: Viewer | null, period: ReportPeriod = {}): Promise<KommunalpaktReportModel> {
    requireActive(viewer);
    const generatedAt = new Date();
    const from = period.from ?? null;
    const to = period.to ?? null;
    if (from && to && from >= to)
      throw badInput('Der Zeitraum ist leer: "von" muss vor "bis" liegen.', { from: 'Vor "bis"' });
    const end = to ?? generatedAt;
    const params = [from, end];

    const [services, laender, weekly] = await Promise.all([
      this.ds.query(
        `${CUSTOM_PLAN} WITH ${QUESTIONS_CTE},
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
          ORDER BY coalesce(pt.questions, 0) DESC, t.title`,
        params,
      ),
      this.ds.query(
        `${CUSTOM_PLAN} WITH ${QUESTIONS_CTE},
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
          ORDER BY o.name`,
        params,
      ),
      this.ds.query(
        `${CUSTOM_PLAN} SELECT th.topic_id, floor(extract(epoch FROM $1::timestamptz - th.created_at) / 604800)::int AS weeks_ago, count(*)::int AS n
           FROM threads th JOIN topics t ON t.id = th.topic_id
          WHERE t.lead_land_id IS NOT NULL AND th.merged_into_id IS NULL
            AND th.created_at < $1 AND th.created_at >= $1::timestamptz - interval '${WEEKS} weeks'
          GROUP BY 1, 2`,
        [end],
      ),
    ]);

    const weeklyByTopic = new Map<string, number[]>();
    for (const w of weekly as { topic_id: string; weeks_ago: number; n: number }[]) {
      const series = weeklyByTopic.get(w.topic_id) ?? Array.from({ length: WEEKS }, () => 0);
      series[WEEKS - 1 - w.weeks_ago] += w.n;
      weeklyByTopic.set(w.topic_id, series);
    }

    return {
      generatedAt,
      from,
      to,
      services: (services as Record<string, any>[]).map((r) =>
        Object.assign(new ServiceProgressModel(), {
          topicId: r.topic_id,
          topicTitle: r.title,
          leadLandName: r.lead_land_name,
          questions: r.questions,
          answered: r.answered,
          answeredShare: share(r.answered, r.questions),
          medianHoursToFirstLandAnswer: hours(r.median_hours),
          municipalities: r.municipalities,
          lastActivityAt: r.last_activity_at,
          weeklyQuestions: weeklyByTopic.get(r.topic_id) ?? Array.from({ length: WEEKS }, () => 0),
        }),
      ),
      laender: (laender as Record<string, any>[]).map((r) =>
        Object.assign(new LandProgressModel(), {
          landId: r.land_id,
          landName: r.name,
          ledServices: r.led_services,
          questions: r.questions,
          answered: r.answered,
          answeredShare: share(r.answered, r.questions),
          medianHoursToFirstLandAnswer: hours(r.median_hours),
          answersGiven: r.answers_given,
        }),
      ),
    };
  }
}
