import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Role, UserStatus } from '@forum/shared';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { isAdmin, requireAdmin, requireGlobalModerator } from '../common/permissions/permissions';
import { badInput, conflict, forbidden, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { DomainEventsService } from '../events/domain-events.service';
import { UserEntity } from '../users/user.entity';
import { liftSuspension } from '../auth/registration-rules';

/** Suspending, lifting and rejecting accounts (MODERATOR, ADMIN) and changing roles (ADMIN). */
@Injectable()
export class UserModerationService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
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
    const user = await this.ds.transaction(async (manager) => {
      const user = await this.lockUser(manager, userId);
      this.assertMayActOn(actor, user, 'sperren');
      if (user.status !== UserStatus.ACTIVE && user.status !== UserStatus.SUSPENDED)
        throw conflict('Nur aktive Konten können gesperrt werden.');
      await manager.query(
        `UPDATE users SET status = $2, suspended_until = $3, suspension_reason = $4,
                updated_at = date_trunc('milliseconds', now()) WHERE id = $1`,
        [user.id, UserStatus.SUSPENDED, until, reason],
      );
      user.status = UserStatus.SUSPENDED;
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'USER_SUSPENDED',
        targetType: 'USER',
        targetId: user.id,
        reason: until ? `${reason} (bis ${until.toISOString()})` : reason,
      });
      return user;
    });
    await this.auth.revokeSessions(user.id);
    this.events.publish({ type: 'UserSuspended', actorId: actor.id, userId: user.id, reason });
    return user;
  }

  async unsuspend(viewer: Viewer | null, userId: string): Promise<UserEntity> {
    const actor = requireGlobalModerator(viewer);
    const user = await this.ds.transaction(async (manager) => {
      const user = await this.lockUser(manager, userId);
      this.assertMayActOn(actor, user, 'entsperren');
      if (user.status !== UserStatus.SUSPENDED) throw conflict('Dieses Konto ist nicht gesperrt.');
      await liftSuspension(manager, user.id);
      user.status = UserStatus.ACTIVE;
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'USER_UNSUSPENDED',
        targetType: 'USER',
        targetId: user.id,
      });
      return user;
    });
    this.events.publish({ type: 'UserUnsuspended', actorId: actor.id, userId: user.id });
    return user;
  }

  /**
   * Declines a pending registration: the account becomes DELETED and loses its e-mail address and
   * password, so the address can register again; the reason stays in the audit log only.
   */
  async reject(viewer: Viewer | null, userId: string, reason: string): Promise<UserEntity> {
    const actor = requireGlobalModerator(viewer);
    const user = await this.ds.transaction(async (manager) => {
      const user = await this.lockUser(manager, userId);
      if (user.status !== UserStatus.PENDING) throw conflict('Dieses Konto wartet nicht auf Freischaltung.');
      await manager.query(
        `UPDATE users SET status = $2, email = NULL, password_hash = NULL,
                updated_at = date_trunc('milliseconds', now()) WHERE id = $1`,
        [user.id, UserStatus.DELETED],
      );
      user.status = UserStatus.DELETED;
      user.email = null;
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'USER_REJECTED',
        targetType: 'USER',
        targetId: user.id,
        reason,
      });
      return user;
    });
    await this.auth.revokeSessions(user.id);
    return user;
  }

  /** Global roles (ADMIN only). Nobody changes their own role, so the last admin cannot lock themself out. */
  async setRole(viewer: Viewer | null, userId: string, role: Role): Promise<UserEntity> {
    const actor = requireAdmin(viewer);
    if (actor.id === userId) throw forbidden('Ihre eigene Rolle können Sie nicht ändern.');
    return this.ds.transaction(async (manager) => {
      const user = await this.lockUser(manager, userId);
      if (user.status === UserStatus.DELETED) throw conflict('Dieses Konto ist gelöscht.');
      if (user.role === role) return user;
      const previous = user.role;
      user.role = role;
      await manager.getRepository(UserEntity).update({ id: user.id }, { role });
      await this.audit.record(manager, {
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
