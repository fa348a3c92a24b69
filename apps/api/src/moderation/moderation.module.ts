import { Module } from '@nestjs/common';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';
import { FlagsResolver } from './flags.resolver';
import { FlagsService } from './flags.service';
import { ThreadModerationResolver } from './thread-moderation.resolver';
import { ThreadModerationService } from './thread-moderation.service';
import { UserModerationResolver } from './user-moderation.resolver';
import { UserModerationService } from './user-moderation.service';

/**
 * Moderation: flags, thread moderation (lock, pin, close, move, merge), account moderation (suspend,
 * reject, roles) and the audit log. Boards and topics are administered in boards/ and topics/, the
 * e-mail domain allow-list in auth/, hiding a post in posts/.
 */
@Module({
  providers: [
    FlagsService,
    FlagsResolver,
    ThreadModerationService,
    ThreadModerationResolver,
    UserModerationService,
    UserModerationResolver,
    AuditLogService,
    AuditLogResolver,
  ],
  exports: [FlagsService],
})
export class ModerationModule {}
