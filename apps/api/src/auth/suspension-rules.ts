import type { EntityManager } from 'typeorm';
import { UserStatus } from '@forum/shared';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { LIFT_SUSPENSION_SQL, LOCK_EXPIRED_SUSPENSION_SQL } from './auth.sql';

// When a suspension ends: at the first sign-in after its end (AuthService.login), or when a moderator
// lifts it (moderation/user-moderation.service.ts).

/** Ends a suspension: ACTIVE again, reason and end date cleared. */
export async function liftSuspension(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(LIFT_SUSPENSION_SQL, [userId, UserStatus.ACTIVE]);
}

/**
 * Sign-in of a SUSPENDED account: a suspension whose end lies in the past is lifted here (there is no
 * scheduler; a suspended user has no session, so sign-in is the first moment it matters).
 * Returns true when the account is active again.
 */
export async function liftExpiredSuspension(manager: EntityManager, userId: string): Promise<boolean> {
  return manager.transaction(async (tx) => {
    const rows: { id: string }[] = await tx.query(LOCK_EXPIRED_SUSPENSION_SQL, [
      userId,
      UserStatus.SUSPENDED,
    ]);
    if (!rows.length) return false;
    await liftSuspension(tx, userId);
    await tx.getRepository(AuditEntryEntity).insert({
      actorId: null,
      action: 'USER_SUSPENSION_EXPIRED',
      targetType: 'USER',
      targetId: userId,
      reason: null,
    });
    return true;
  });
}
