import type { ActivityPayload } from '@forum/shared';

// Who acted and on which thread, described for the activity stream: shared by the live event
// (activity-stream.ts) and the history (activity.service.ts), so both read and show the same; the
// statements are in activity.sql.ts.

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
