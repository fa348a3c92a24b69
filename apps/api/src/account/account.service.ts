import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role, UserStatus } from '@forum/shared';
import { hashPassword, verifyPassword } from '../auth/password-hasher';
import { requireActive } from '../common/permissions/permissions';
import { badInput, conflict } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { DomainEventsService } from '../events/domain-events.service';
import { UserEntity } from '../users/user.entity';
import { USER_DATA_TABLES } from './export-registry';
import {
  END_OTHER_SESSIONS_SQL,
  LOCK_ROLE_SQL,
  OTHER_ACTIVE_ADMINS_SQL,
  SET_PASSWORD_SQL,
} from './account.sql';

@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
  ) {}

  /** New password after the current one; every other session of the user ends (this one stays). */
  async changePassword(
    viewer: Viewer | null,
    currentPassword: string,
    newPassword: string,
  ): Promise<boolean> {
    const me = requireActive(viewer);
    await this.requirePassword(me.id, currentPassword, 'currentPassword');
    if (currentPassword === newPassword)
      throw badInput('Das neue Passwort muss sich vom bisherigen unterscheiden.', {
        newPassword: 'Gleich dem bisherigen Passwort',
      });
    const hash = await hashPassword(newPassword);
    await this.events.transaction(async (write) => {
      await write.manager.query(SET_PASSWORD_SQL, [me.id, hash]);
      const [ended] = (await write.manager.query(END_OTHER_SESSIONS_SQL, [me.id, me.sessionId])) as [
        { id: string }[],
        number,
      ];
      for (const session of ended)
        await write.publish({ type: 'SessionEnded', userId: me.id, sessionId: session.id });
    });
    return true;
  }

  /**
   * "Konto löschen": personal data goes (USER_DATA_TABLES decides per table), posts and questions stay
   * under "Gelöschtes Konto", every session and socket ends. The audit entry names the account id only.
   */
  async deleteAccount(viewer: Viewer | null, password: string): Promise<boolean> {
    const me = requireActive(viewer);
    await this.requirePassword(me.id, password, 'password');
    await this.events.transaction(async (write) => {
      const manager = write.manager;
      const [user] = (await manager.query(LOCK_ROLE_SQL, [me.id])) as {
        role: Role;
      }[];
      if (user?.role === Role.ADMIN) {
        // Locks every admin row: two last admins deleting at once cannot both succeed.
        const others = (await manager.query(OTHER_ACTIVE_ADMINS_SQL, [
          me.id,
          UserStatus.ACTIVE,
        ])) as unknown[];
        if (!others.length)
          throw conflict('Sie sind die letzte Administratorin bzw. der letzte Administrator des Forums.');
      }
      for (const entry of USER_DATA_TABLES) {
        if (entry.table !== 'users' && typeof entry.erase === 'function') await entry.erase(manager, me.id);
      }
      for (const entry of USER_DATA_TABLES) {
        if (entry.table === 'users' && typeof entry.erase === 'function') await entry.erase(manager, me.id);
      }
      await write.audit({
        actorId: me.id,
        action: 'ACCOUNT_DELETED',
        targetType: 'USER',
        targetId: me.id,
      });
      await write.publish({ type: 'UserDeleted', userId: me.id });
    });
    return true;
  }

  private async requirePassword(userId: string, password: string, field: string): Promise<void> {
    const user = await this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :userId', { userId })
      .getOne();
    if (!(await verifyPassword(user?.passwordHash ?? null, password)))
      throw badInput('Das Passwort ist nicht richtig.', { [field]: 'Falsches Passwort' });
  }
}
