import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ActivityPayload } from '@forum/shared';
import { requireActive } from '../common/permissions/permissions';
import { badInput } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import {
  ACTIVITY_COLUMNS,
  activityJoins,
  activityParts,
  type ActivityRow,
  approvalKind,
} from './activity-row';
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
    const rows: Row[] = await this.ds.query(
      `WITH ev AS (
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
        LIMIT $1`,
      [first],
    );
    return rows.map((r) => ({
      kind: r.kind === 'ACCOUNT_APPROVED' ? approvalKind(r) : r.kind,
      at: r.at,
      ...activityParts(r),
      postId: r.post_id,
    }));
  }
}
