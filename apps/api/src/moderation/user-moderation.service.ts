import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Role, UserStatus } from '@forum/shared';
import { AuthService } from '../auth/auth.service';
import { isAdmin, requireAdmin, requireGlobalModerator } from '../common/permissions/permissions';
import { badInput, conflict, forbidden, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { DomainEventsService } from '../events/domain-events.service';
import { UserEntity } from '../users/user.entity';
import { liftSuspension } from '../auth/suspension-rules';
import { REJECT_USER_SQL, SUSPEND_USER_SQL } from './moderation.sql';

/** Suspending, lifting and rejecting accounts (MODERATOR, ADMIN) and changing roles (ADMIN). */
@Injectable()
export class UserModerationService {
  constructor(
    private readonly auth: AuthService,
    private readonly events: DomainEventsService,
  ) {}

  /**
   * Suspends an account at once: status SUSPENDED, every session revoked, open sockets disconnected
   * (UserSuspended). With `until`, the suspension ends by itself at the next sign-in after that time.
   */
  async suspend(
    viewer: Viewer | null,
    userId: string,
    reason: string,
    until: Date | null,
  ): Promise<UserEntity> {
    const actor = requireGlobalModerator(viewer);
    if (until && until.getTime() <= Date.now())
      throw badInput('Das Ende der Sperre muss in der Zukunft liegen.', {
        until: 'Liegt in der Vergangenheit',
      });
    return this.events.transaction(async (write) => {
      const user = await this.lockUser(write.manager, userId);
      this.assertMayActOn(actor, user, 'sperren');
      if (user.status !== UserStatus.ACTIVE && user.status !== UserStatus.SUSPENDED)
        throw conflict('Nur aktive Konten können gesperrt werden.');
      await write.manager.query(SUSPEND_USER_SQL, [user.id, UserStatus.SUSPENDED, until, reason]);
      user.status = UserStatus.SUSPENDED;
      await write.audit({
        actorId: actor.id,
        action: 'USER_SUSPENDED',
        targetType: 'USER',
        targetId: user.id,
        reason: until ? `${reason} (bis ${until.toISOString()})` : reason,
      });
      write.afterCommit(() => this.auth.revokeSessions(user.id));
      await write.publish({ type: 'UserSuspended', actorId: actor.id, userId: user.id, reason });
      return user;
    });
  }

  async unsuspend(viewer: Viewer | null, userId: string): Promise<UserEntity> {
    const actor = requireGlobalModerator(viewer);
    return this.events.transaction(async (write) => {
      const user = await this.lockUser(write.manager, userId);
      this.assertMayActOn(actor, user, 'entsperren');
      if (user.status !== UserStatus.SUSPENDED) throw conflict('Dieses Konto ist nicht gesperrt.');
      await liftSuspension(write.manager, user.id);
      user.status = UserStatus.ACTIVE;
      await write.audit({
        actorId: actor.id,
        action: 'USER_UNSUSPENDED',
        targetType: 'USER',
        targetId: user.id,
      });
      await write.publish({ type: 'UserUnsuspended', actorId: actor.id, userId: user.id });
      return user;
    });
  }

  /**
   * Declines a pending registration: the account becomes DELETED and loses its e-mail address and
   * password, so the address can register again; the reason stays in the audit log only.
   */
  async reject(viewer: Viewer | null, userId: string, reason: string): Promise<UserEntity> {
    const actor = requireGlobalModerator(viewer);
    return this.events.transaction(async (write) => {
      const user = await this.lockUser(write.manager, userId);
      if (user.status !== UserStatus.PENDING) throw conflict('Dieses Konto wartet nicht auf Freischaltung.');
      await write.manager.query(REJECT_USER_SQL, [user.id, UserStatus.DELETED]);
      user.status = UserStatus.DELETED;
      user.email = null;
      await write.audit({
        actorId: actor.id,
        action: 'USER_REJECTED',
        targetType: 'USER',
        targetId: user.id,
        reason,
      });
      write.afterCommit(() => this.auth.revokeSessions(user.id));
      return user;
    });
  }

  /** Global roles (ADMIN only). Nobody changes their own role, so the last admin cannot lock themself out. */
  async setRole(viewer: Viewer | null, userId: string, role: Role): Promise<UserEntity> {
    const actor = requireAdmin(viewer);
    if (actor.id === userId) throw forbidden('Ihre eigene Rolle können Sie nicht ändern.');
    return this.events.transaction(async (write) => {
      const user = await this.lockUser(write.manager, userId);
      if (user.status === UserStatus.DELETED) throw conflict('Dieses Konto ist gelöscht.');
      if (user.role === role) return user;
      const previous = user.role;
      user.role = role;
      await write.manager.getRepository(UserEntity).update({ id: user.id }, { role });
      write.afterCommit(() => this.auth.forgetViewer(user.id));
      await write.audit({
        actorId: actor.id,
        action: 'USER_ROLE_CHANGED',
        targetType: 'USER',
        targetId: user.id,
        reason: `${previous} → ${role}`,
      });
      return user;
    });
  }

  private async lockUser(manager: EntityManager, userId: string): Promise<UserEntity> {
    const user = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.id = :userId', { userId })
      .getOne();
    if (!user) throw notFound('Das Konto');
    return user;
  }

  /** Nobody suspends themself; moderators cannot act on administrators. */
  private assertMayActOn(actor: Viewer, user: UserEntity, verb: string): void {
    if (actor.id === user.id) throw forbidden(`Sie können sich nicht selbst ${verb}.`);
    if (user.role === Role.ADMIN && !isAdmin(actor))
      throw forbidden(`Administratorinnen und Administratoren kann nur die Administration ${verb}.`);
  }
}
