import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UserStatus } from '@forum/shared';
import { DomainEventsService } from '../events/domain-events.service';
import { requireActive, requireGlobalModerator } from '../common/permissions/permissions';
import { conflict, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination/cursor';
import { isUuid } from '../common/validation/is-uuid';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
  ) {}

  /**
   * Pending registrations, oldest first (the approval queue), confirmed or not: moderators see who is
   * waiting; unconfirmed ones are marked (User.emailConfirmed) and need the moderator to vouch (approve).
   */
  async pending(viewer: Viewer | null, first?: number | null, after?: string | null) {
    requireGlobalModerator(viewer);
    const limit = pageSize(first);
    const qb = this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.status = :status', { status: UserStatus.PENDING });
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

  /**
   * Activates a pending account. An address not yet confirmed by its link is approved only when the
   * moderator vouches for it (`vouchForEmail`, e.g. after a phone call): it then counts as confirmed and
   * the audit entry says so. Accounts from single sign-on are created confirmed.
   */
  async approve(viewer: Viewer | null, userId: string, vouchForEmail = false): Promise<UserEntity> {
    const actor = requireGlobalModerator(viewer);
    if (!isUuid(userId)) throw notFound('Das Konto');
    return this.events.transaction(async (write) => {
      const repo = write.manager.getRepository(UserEntity);
      // Row lock: two moderators approving at once produce one approval and one CONFLICT.
      const user = await repo
        .createQueryBuilder('u')
        .setLock('pessimistic_write')
        .where('u.id = :userId', { userId })
        .getOne();
      if (!user) throw notFound('Das Konto');
      if (user.status !== UserStatus.PENDING) throw conflict('Dieses Konto wartet nicht auf Freischaltung.');
      const vouched = !user.emailVerifiedAt;
      if (vouched && !vouchForEmail) {
        throw conflict(
          'Die E-Mail-Adresse ist noch nicht bestätigt. Schalten Sie das Konto frei, wenn Sie für die Adresse bürgen, oder warten Sie auf die Bestätigung.',
        );
      }
      const now = new Date();
      user.status = UserStatus.ACTIVE;
      user.approvedAt = now;
      user.approvedById = actor.id;
      if (vouched) user.emailVerifiedAt = now;
      await repo.save(user);
      await write.audit({
        actorId: actor.id,
        action: 'USER_APPROVED',
        targetType: 'USER',
        targetId: user.id,
        reason: vouched ? 'E-Mail-Adresse von der Moderation bestätigt (nicht per Link)' : null,
      });
      await write.publish({ type: 'UserApproved', actorId: actor.id, userId: user.id });
      return user;
    });
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
