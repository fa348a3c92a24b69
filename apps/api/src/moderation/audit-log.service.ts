import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { requireGlobalModerator } from '../common/permissions/permissions';
import type { Viewer } from '../common/graphql/viewer';
import { pageSize } from '../common/pagination/cursor';
import { keysetPage } from '../common/pagination/keyset-page';
import { UserEntity } from '../users/user.entity';
import type { AuditLogArgs } from './dto/audit-log.args';
import { IS_AUDIT_ACTOR_SQL } from './moderation.sql';

/** Reading the audit log (MODERATOR, ADMIN). There is deliberately no way to change or delete entries. */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Newest first, keyset on (created_at, id) descending; served by audit_entries_*_created_idx. */
  async list(viewer: Viewer | null, args: AuditLogArgs) {
    requireGlobalModerator(viewer);
    const limit = pageSize(args.first);
    const qb = this.ds.getRepository(AuditEntryEntity).createQueryBuilder('a');
    if (args.action) qb.andWhere('a.action = :action', { action: args.action });
    if (args.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: args.actorId });
    if (args.targetType) qb.andWhere('a.target_type = :targetType', { targetType: args.targetType });
    if (args.targetId) qb.andWhere('a.target_id = :targetId', { targetId: args.targetId });
    return keysetPage(
      qb,
      limit,
      args.after,
      [
        { column: 'a.created_at', of: (a) => a.createdAt.toISOString() },
        { column: 'a.id', of: (a) => a.id },
      ],
      'DESC',
    );
  }

  /** Everyone who appears as an actor in the log, by name (the filter "Wer"). */
  async actors(viewer: Viewer | null): Promise<UserEntity[]> {
    requireGlobalModerator(viewer);
    return this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where(IS_AUDIT_ACTOR_SQL)
      .orderBy('u.display_name')
      .addOrderBy('u.id')
      .getMany();
  }
}
