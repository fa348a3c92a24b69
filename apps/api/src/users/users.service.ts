import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UserStatus } from '@forum/shared';
import { AuditService } from '../audit/audit.service';
import { DomainEventsService } from '../events/domain-events.service';
import { requireActive, requireGlobalModerator } from '../auth/permissions';
import { conflict, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination/cursor';
import { isUuid } from '../common/validation/is-uuid';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly events: DomainEventsService,
  ) {}

  /** Pending registrations, oldest first (the approval queue). */
  async pending(viewer: Viewer | null, first?: number | null, after?: string | null) {
    requireGlobalModerator(viewer);
    const limit = pageSize(first);
    const qb = this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.status = :status', { status: UserStatus.PENDING })
      // Only registrations whose e-mail address is confirmed reach the moderators (mail/).
      .andWhere('u.email_verified_at IS NOT NULL');
    const total = await qb.clone().getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['date', 'uuid']);
      qb.andWhere('(u.created_at, u.id) > (:createdAt, :id)', { createdAt, id });
    }
    const rows = await qb
      .orderBy('u.created_at', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    return toConnection(
      rows,
      limit,
      (u) => encodeCursor([u.createdAt.toISOString(), u.id]),
      (u) => u,
      total,
    );
  }

  async approve(viewer: Viewer | null, userId: string): Promise<UserEntity> {
    const actor = requireGlobalModerator(viewer);
    if (!isUuid(userId)) throw notFound('Das Konto');
    const approved = await this.ds.transaction(async (manager) => {
      const repo = manager.getRepository(UserEntity);
      // Row lock: two moderators approving at once produce one approval and one CONFLICT.
      const user = await repo
        .createQueryBuilder('u')
        .setLock('pessimistic_write')
        .where('u.id = :userId', { userId })
        .getOne();
      if (!user) throw notFound('Das Konto');
      if (user.status !== UserStatus.PENDING) throw conflict('Dieses Konto wartet nicht auf Freischaltung.');
      user.status = UserStatus.ACTIVE;
      user.approvedAt = new Date();
      user.approvedById = actor.id;
      await repo.save(user);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'USER_APPROVED',
        targetType: 'USER',
        targetId: user.id,
      });
      return user;
    });
    this.events.publish({ type: 'UserApproved', actorId: actor.id, userId: approved.id });
    return approved;
  }

  async updateProfile(viewer: Viewer | null, displayName: string): Promise<UserEntity> {
    const me = requireActive(viewer);
    const repo = this.ds.getRepository(UserEntity);
    await repo.update({ id: me.id }, { displayName });
    const user = await repo.findOneBy({ id: me.id });
    if (!user) throw notFound('Das Konto');
    return user;
  }

  async findVisible(viewer: Viewer | null, id: string): Promise<UserEntity | null> {
    requireActive(viewer);
    if (!isUuid(id)) return null;
    return this.ds.getRepository(UserEntity).findOneBy({ id });
  }
}
