import type { ActivityPayload } from '@forum/shared';

// Who acted and on which thread, described for the activity stream: shared by the live event
// (activity-stream.ts) and the history (recent-activity.service.ts), so both read and show the same.

/** Select list over the joins of `activityJoins`: names and titles, a deleted account shown as such. */
export const ACTIVITY_COLUMNS = `CASE WHEN u.status = 'DELETED' THEN 'Gelöschtes Konto' ELSE u.display_name END AS display_name,
       o.name AS organisation, o.kind AS organisation_kind, th.id AS thread_id, th.title, t.id AS topic_id,
       t.title AS topic_title`;

/** LEFT JOINs from a source with `actor_id` and `thread_id` columns; either may be null. */
export const activityJoins = (source: string) =>
  `LEFT JOIN users u ON u.id = ${source}.actor_id LEFT JOIN organisations o ON o.id = u.organisation_id
   LEFT JOIN threads th ON th.id = ${source}.thread_id LEFT JOIN topics t ON t.id = th.topic_id`;

export interface ActivityRow {
  display_name: string | null;
  organisation: string | null;
  organisation_kind: string | null;
  thread_id: string | null;
  title: string | null;
  topic_id: string | null;
  topic_title: string | null;
}

/** An approved account is news for the AL-Runde when a Kommune joins; other approvals are moderation. */
export const approvalKind = (row: ActivityRow | undefined): ActivityPayload['kind'] =>
  row?.organisation_kind === 'KOMMUNE' ? 'KOMMUNE_JOINED' : 'ACCOUNT_APPROVED';

export function activityParts(
  row: ActivityRow | undefined,
): Pick<ActivityPayload, 'actor' | 'thread' | 'topic'> {
  return {
    actor:
      row?.display_name != null
        ? { displayName: row.display_name, organisation: row.organisation ?? '' }
        : null,
    thread: row?.thread_id ? { id: row.thread_id, title: row.title! } : null,
    topic: row?.topic_id ? { id: row.topic_id, title: row.topic_title! } : null,
  };
}
