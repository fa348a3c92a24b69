import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requireActive } from '../common/permissions/permissions';
import { badInput } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import {
  ADOPTION_PER_LAND_SQL,
  ADOPTION_PER_SERVICE_SQL,
  LAND_PROGRESS_SQL,
  SERVICE_PROGRESS_SQL,
  TAG_PROGRESS_SQL,
  WEEKLY_QUESTIONS_SQL,
  WEEKS,
} from './reports.sql';
import { AdoptionCountsModel } from '../adoptions/adoption.model';
import {
  type KommunalpaktReportModel,
  LandProgressModel,
  ServiceProgressModel,
  TagProgressModel,
} from './report.models';

export interface ReportPeriod {
  from?: Date | null;
  to?: Date | null;
}

const share = (answered: number, questions: number) => (questions ? answered / questions : null);
const hours = (value: string | number | null) =>
  value === null ? null : Math.round(Number(value) * 100) / 100;

interface AdoptionCountRow {
  key: string;
  uses: number;
  in_progress: number;
  planned: number;
  uses_new: number;
  in_progress_new: number;
  planned_new: number;
}

const counts = (uses = 0, inProgress = 0, planned = 0) =>
  Object.assign(new AdoptionCountsModel(), { uses, inProgress, planned });

/** Per key (service or Land): the records at the end of the period, and those new within it. */
function adoptionCounts(
  rows: AdoptionCountRow[],
): (key: string) => { adoption: AdoptionCountsModel; adoptionNew: AdoptionCountsModel } {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return (key) => {
    const r = byKey.get(key);
    return {
      adoption: counts(r?.uses, r?.in_progress, r?.planned),
      adoptionNew: counts(r?.uses_new, r?.in_progress_new, r?.planned_new),
    };
  };
}

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

    const [services, laender, weekly, tags, serviceAdoption, landAdoption] = await Promise.all([
      this.ds.query(SERVICE_PROGRESS_SQL, params),
      this.ds.query(LAND_PROGRESS_SQL, params),
      this.ds.query(WEEKLY_QUESTIONS_SQL, [end]),
      this.ds.query(TAG_PROGRESS_SQL, params),
      this.ds.query(ADOPTION_PER_SERVICE_SQL, params),
      this.ds.query(ADOPTION_PER_LAND_SQL, params),
    ]);
    const adoptionOf = adoptionCounts(serviceAdoption as AdoptionCountRow[]);
    const landAdoptionOf = adoptionCounts(landAdoption as AdoptionCountRow[]);

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
          ...adoptionOf(r.topic_id),
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
          ...landAdoptionOf(r.land_id),
        }),
      ),
      tags: (tags as Record<string, any>[]).map((r) =>
        Object.assign(new TagProgressModel(), {
          tagId: r.tag_id,
          tagName: r.name,
          tagSlug: r.slug,
          tagDescription: r.description,
          questions: r.questions,
          answered: r.answered,
          answeredShare: share(r.answered, r.questions),
          services: r.services,
        }),
      ),
    };
  }
}
