import type { NotificationType } from '@forum/shared';

// Typed domain events. A service publishes one after its transaction has committed; the notifications
// module turns them into stored notifications and the gateway into Socket.IO emits. Events carry ids,
// plus the few facts of a new post that every consumer would otherwise look up (NewPostFacts).

export type DomainEvent =
  | ({
      type: 'ThreadCreated';
      actorId: string;
      threadId: string;
      topicId: string;
      postId: string;
    } & NewPostFacts)
  | ({ type: 'PostCreated'; actorId: string; threadId: string; postId: string } & NewPostFacts)
  | { type: 'PostUpdated'; actorId: string; threadId: string; postId: string }
  | { type: 'PostDeleted'; actorId: string; threadId: string; postId: string }
  | { type: 'AnswerAccepted'; actorId: string; threadId: string; postId: string }
  | { type: 'UserApproved'; actorId: string; userId: string }
  | { type: 'UserSuspended'; actorId: string; userId: string; reason: string }
  | { type: 'SessionEnded'; userId: string; sessionId: string }
  | { type: 'PostFlagged'; actorId: string; flagId: string; postId: string; threadId: string }
  | {
      type: 'PostHidden';
      actorId: string;
      threadId: string;
      postId: string;
      hidden: boolean;
      reason: string | null;
    }
  | {
      type: 'ThreadModerated';
      actorId: string;
      threadId: string;
      action: 'LOCKED' | 'UNLOCKED' | 'PINNED' | 'UNPINNED' | 'MOVED' | 'CLOSED' | 'REOPENED';
      /** The moderator's optional reason, told to the asker. */
      reason?: string | null;
    }
  | { type: 'ThreadReopened'; actorId: string; threadId: string }
  | { type: 'ThreadsMerged'; actorId: string; sourceThreadId: string; targetThreadId: string }
  | { type: 'UserUnsuspended'; actorId: string; userId: string }
  | { type: 'UserDeleted'; userId: string }
  | { type: 'UserRegistered'; userId: string }
  // The virus scanner refused an upload: the moderators are told (notifications/notification-fanout.ts).
  | { type: 'UploadRefused'; actorId: string; fileName: string; signature: string }
  // Someone tried to register an address that already has an account: its owner is told by e-mail.
  | { type: 'RegistrationAttempted'; userId: string }
  // "Passwort vergessen?": `token` is the signed single-use link's token, for the mail only.
  | { type: 'PasswordResetRequested'; userId: string; token: string }
  | { type: 'PasswordReset'; userId: string }
  // An e-mail change asked for: `token` null when the new address belongs to another account (the mail to
  // it says it cannot be used).
  | { type: 'EmailChangeRequested'; userId: string; newEmail: string; token: string | null }
  | { type: 'EmailChanged'; userId: string; oldEmail: string | null; newEmail: string }
  // Every notification meant for someone, stored (id) or not (in-app turned off: id null), so the mail
  // module can send e-mails by the recipients' preferences. Carries the notification itself, not just ids.
  | { type: 'NotificationsCreated'; notifications: CreatedNotification[] };

/** What every consumer of a new post asks first, fixed at writing: saves each of them a lookup. */
export interface NewPostFacts {
  /** Written by a Land representative. */
  official: boolean;
  /** "@Name" candidates in the body (lower case), usually none. */
  mentions: string[];
}

export interface CreatedNotification {
  id: string | null;
  recipientId: string;
  type: NotificationType;
  actorId: string | null;
  threadId: string | null;
  postId: string | null;
  detail: string | null;
}

export type DomainEventType = DomainEvent['type'];
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;
