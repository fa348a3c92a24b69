// Socket.IO event names and payloads (public contract, see PRODUCT.md "Real time").
export const SOCKET_PATH = '/socket.io';

export const ServerEvents = {
  notification: 'notification',
  notificationCount: 'notification:count',
  postCreated: 'post:created',
  postUpdated: 'post:updated',
  postDeleted: 'post:deleted',
  threadCreated: 'thread:created',
} as const;

export const ClientEvents = {
  threadJoin: 'thread:join',
  threadLeave: 'thread:leave',
  topicJoin: 'topic:join',
  topicLeave: 'topic:leave',
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
