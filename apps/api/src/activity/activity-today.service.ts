import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requireActive } from '../common/permissions/permissions';
import type { Viewer } from '../common/graphql/viewer';
import { ActivityTodayModel } from './activity-today.model';

/** The presenter's "heute" counters: since midnight in Germany, whatever the server's time zone. */
@Injectable()
export class ActivityTodayService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async today(viewer: Viewer | null): Promise<ActivityTodayModel> {
    requireActive(viewer);
    const [row]: {
      since: Date;
      questions: number;
      official_answers: number;
      solved: number;
      kommunen_joined: number;
    }[] = await this.ds.query(
      `WITH d AS (SELECT date_trunc('day', now() AT TIME ZONE 'Europe/Berlin') AT TIME ZONE 'Europe/Berlin' AS since)
       SELECT d.since,
              (SELECT count(*) FROM threads th WHERE th.created_at >= d.since AND th.merged_into_id IS NULL)::int AS questions,
              (SELECT count(*) FROM posts p WHERE p.created_at >= d.since AND p.official
                  AND p.deleted_at IS NULL AND p.hidden_at IS NULL)::int AS official_answers,
              (SELECT count(*) FROM threads th WHERE th.accepted_at >= d.since)::int AS solved,
              (SELECT count(*) FROM users u JOIN organisations o ON o.id = u.organisation_id
                WHERE u.approved_at >= d.since AND o.kind = 'KOMMUNE' AND u.status = 'ACTIVE')::int AS kommunen_joined
         FROM d`,
    );
    return Object.assign(new ActivityTodayModel(), {
      since: row.since,
      questions: row.questions,
      officialAnswers: row.official_answers,
      solved: row.solved,
      kommunenJoined: row.kommunen_joined,
    });
  }
}
