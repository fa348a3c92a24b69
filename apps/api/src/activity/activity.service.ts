import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ActivityPayload } from '@forum/shared';
import { requireActive } from '../common/permissions/permissions';
import { badInput } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { activityParts, type ActivityRow, approvalKind } from './activity-row';
import { RECENT_ACTIVITY_SQL } from './activity.sql';
import type { ActivityModel } from './activity.model';

export const RECENT_ACTIVITY_MAX = 50;

interface Row extends ActivityRow {
  kind: ActivityPayload['kind'];
  at: Date;
  post_id: string | null;
}

/**
 * The latest public activity, rebuilt from the tables, so that the presenter view opens with what just
 * happened instead of an empty list. Same kinds and the same privacy as the live `activity` event; an
 * acceptance is attributed to the asker (who usually marks it).
 */
@Injectable()
export class ActivityService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async list(viewer: Viewer | null, first: number): Promise<ActivityModel[]> {
    requireActive(viewer);
    if (!Number.isInteger(first) || first < 1 || first > RECENT_ACTIVITY_MAX) {
      throw badInput(`"first" muss zwischen 1 und ${RECENT_ACTIVITY_MAX} liegen.`, {
        first: `Zwischen 1 und ${RECENT_ACTIVITY_MAX}`,
      });
    }
    // Each source walks its created-at index for at most `first` rows; the union is cut to `first`.
    // Answers are posts after the question's own (created with the thread), visible ones only.
    const rows: Row[] = await this.ds.query(RECENT_ACTIVITY_SQL, [first]);
    return rows.map((r) => ({
      kind: r.kind === 'ACCOUNT_APPROVED' ? approvalKind(r) : r.kind,
      at: r.at,
      ...activityParts(r),
      postId: r.post_id,
    }));
  }
}
