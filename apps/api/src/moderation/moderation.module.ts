import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';
import { BoardAdminResolver } from '../boards/board-admin.resolver';
import { BoardAdminService } from '../boards/board-admin.service';
import { EmailDomainAllowlistService } from '../auth/email-domain-allowlist.service';
import { FlagsResolver } from './flags.resolver';
import { FlagsService } from './flags.service';
import { ThreadModerationResolver } from './thread-moderation.resolver';
import { ThreadModerationService } from './thread-moderation.service';
import { UserModerationResolver } from './user-moderation.resolver';
import { UserModerationService } from './user-moderation.service';

/**
 * Moderation and administration (issue 4): flags, thread and post moderation, account moderation,
 * boards/topics/board moderators, the e-mail domain allow-list and the audit log.
 */
@Module({
  imports: [PostsModule],
  providers: [
    FlagsService,
    FlagsResolver,
    ThreadModerationService,
    ThreadModerationResolver,
    UserModerationService,
    UserModerationResolver,
    EmailDomainAllowlistService,
    BoardAdminService,
    BoardAdminResolver,
    AuditLogService,
    AuditLogResolver,
  ],
  exports: [FlagsService],
})
export class ModerationModule {}
