// Socket.IO event names and payloads (public contract, see PRODUCT.md "Real time").
export const SOCKET_PATH = '/socket.io';

export const ServerEvents = {
  notification: 'notification',
  notificationCount: 'notification:count',
  postCreated: 'post:created',
  postUpdated: 'post:updated',
  postDeleted: 'post:deleted',
  threadCreated: 'thread:created',
  threadUpdated: 'thread:updated',
  activity: 'activity',
} as const;

export const ClientEvents = {
  threadJoin: 'thread:join',
  threadLeave: 'thread:leave',
  topicJoin: 'topic:join',
  topicLeave: 'topic:leave',
  activityJoin: 'activity:join',
  activityLeave: 'activity:leave',
} as const;

/** Post events carry ids so that clients refetch what is stale instead of trusting pushed content. */
export interface PostEventPayload {
  threadId: string;
  postId: string;
}

export interface NotificationCountPayload {
  unread: number;
}

export interface ThreadJoinPayload {
  threadId: string;
}

/** Payload of `notification`: the stored Notification as the GraphQL type shows it. */
export interface NotificationPayload {
  id: string;
  type: string;
  read: boolean;
  createdAt: string;
  detail: string | null;
  thread: { id: string; title: string } | null;
  post: { id: string } | null;
  actor: { id: string; displayName: string } | null;
}

/**
 * Payload of `activity` (room joined with `activity:join`): the live stream of the presenter view.
 * KOMMUNE_JOINED is the approval of an account of a Kommune, ACCOUNT_APPROVED of any other account.
 */
export interface ActivityPayload {
  kind:
    | 'QUESTION'
    | 'ANSWER'
    | 'OFFICIAL_ANSWER'
    | 'ANSWER_ACCEPTED'
    | 'KOMMUNE_JOINED'
    | 'ACCOUNT_APPROVED'
    | 'POST_FLAGGED'
    | 'POST_HIDDEN';
  at: string;
  actor: { displayName: string; organisation: string } | null;
  thread: { id: string; title: string } | null;
  topic: { id: string; title: string } | null;
  /** The post an answer, acceptance, flag or hide is about: a hidden post's earlier entries are withdrawn. */
  postId: string | null;
}

/** Kinds the presenter shows by default: public and positive. The others are moderation or detail. */
export const PUBLIC_ACTIVITY_KINDS: readonly ActivityPayload['kind'][] = [
  'QUESTION',
  'OFFICIAL_ANSWER',
  'ANSWER_ACCEPTED',
  'KOMMUNE_JOINED',
];
