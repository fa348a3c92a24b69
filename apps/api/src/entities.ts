import { AuditEntryEntity } from './audit/audit-entry.entity';
import { SessionEntity } from './auth/session.entity';
import { BoardModeratorEntity } from './boards/board-moderator.entity';
import { BoardEntity } from './boards/board.entity';
import { OrganisationEntity } from './organisations/organisation.entity';
import { PostRevisionEntity } from './posts/post-revision.entity';
import { PostEntity } from './posts/post.entity';
import { ThreadEntity } from './threads/thread.entity';
import { TopicEntity } from './topics/topic.entity';
import { UserEntity } from './users/user.entity';
import { NotificationEntity } from './notifications/notification.entity';
import { WatchEntity } from './watches/watch.entity';
import { EmailDomainAllowEntity } from './auth/email-domain-allow.entity';
import { FlagEntity } from './moderation/flag.entity';
import { EmailOutboxEntity } from './mail/email-outbox.entity';
import { NotificationPreferenceEntity } from './notifications/notification-preference.entity';
import { ThreadReadEntity } from './reading/thread-read.entity';
import { ReadMarkEntity } from './reading/read-mark.entity';
import { BookmarkEntity } from './bookmarks/bookmark.entity';
import { DraftEntity } from './drafts/draft.entity';
import { PostReactionEntity } from './reactions/post-reaction.entity';

export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  BoardEntity,
  BoardModeratorEntity,
  TopicEntity,
  ThreadEntity,
  PostEntity,
  PostRevisionEntity,
  AuditEntryEntity,
  WatchEntity,
  NotificationEntity,
  FlagEntity,
  EmailDomainAllowEntity,
  NotificationPreferenceEntity,
  EmailOutboxEntity,
  ThreadReadEntity,
  ReadMarkEntity,
  BookmarkEntity,
  DraftEntity,
  PostReactionEntity,
];
