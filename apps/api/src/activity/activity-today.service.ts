import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requireActive } from '../common/permissions/permissions';
import type { Viewer } from '../common/graphql/viewer';
import { ActivityTodayModel } from './activity-today.model';
import { TODAY_SQL } from './activity.sql';

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
    }[] = await this.ds.query(TODAY_SQL);
    return Object.assign(new ActivityTodayModel(), {
      since: row.since,
      questions: row.questions,
      officialAnswers: row.official_answers,
      solved: row.solved,
      kommunenJoined: row.kommunen_joined,
    });
  }
}
