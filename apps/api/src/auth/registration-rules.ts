import type { EntityManager } from 'typeorm';
import { type OrganisationKind, UserStatus } from '@forum/shared';
import { AuditEntryEntity } from '../audit/audit-entry.entity';

// Called by AuthService (register, login) so that the account rules of the moderation live here.
// Imports no services: auth.service.ts imports this file.

/** Ends a suspension: ACTIVE again, reason and end date cleared. */
export async function liftSuspension(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(
    `UPDATE users SET status = $2, suspended_until = NULL, suspension_reason = NULL,
            updated_at = date_trunc('milliseconds', now()) WHERE id = $1`,
    [userId, UserStatus.ACTIVE],
  );
}

export function emailDomainOf(email: string | null | undefined): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  return email && at > 0 ? email.slice(at + 1).toLowerCase() : null;
}

/**
 * Registration: an address whose domain (or a parent domain) is on the allow-list for the chosen
 * organisation's kind is activated at once; the audit log records USER_AUTO_APPROVED without an actor.
 * Returns the status the new account must get.
 */
export async function statusForRegistration(
  manager: EntityManager,
  email: string,
  kind: OrganisationKind,
): Promise<UserStatus> {
  return (await isAllowListed(manager, email, kind)) ? UserStatus.ACTIVE : UserStatus.PENDING;
}

/** Whether the address's domain or a parent domain is on the allow-list (for `kind`, or for any kind). */
export async function isAllowListed(
  manager: Pick<EntityManager, 'query'>,
  email: string,
  kind?: OrganisationKind,
): Promise<boolean> {
  const domain = emailDomainOf(email);
  // Only plain host names reach SQL; anything else cannot be on the list.
  if (!domain || !/^[a-z0-9.-]{1,253}$/.test(domain)) return false;
  const labels = domain.split('.');
  const candidates = labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
  const rows: { id: string }[] = await manager.query(
    'SELECT id FROM email_domain_allowlist WHERE domain = ANY($1) AND ($2::text IS NULL OR organisation_kind = $2) LIMIT 1',
    [candidates, kind ?? null],
  );
  return rows.length > 0;
}

export async function recordAutoApproval(
  manager: EntityManager,
  userId: string,
  email: string,
): Promise<void> {
  await manager.getRepository(AuditEntryEntity).insert({
    actorId: null,
    action: 'USER_AUTO_APPROVED',
    targetType: 'USER',
    targetId: userId,
    reason: `Freigegebene Domain ${emailDomainOf(email)}`,
  });
}

/**
 * Sign-in of a SUSPENDED account: a suspension whose end lies in the past is lifted here (there is no
 * scheduler; a suspended user has no session, so sign-in is the first moment it matters).
 * Returns true when the account is active again.
 */
export async function liftExpiredSuspension(manager: EntityManager, userId: string): Promise<boolean> {
  return manager.transaction(async (tx) => {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM users WHERE id = $1 AND status = $2 AND suspended_until IS NOT NULL
          AND suspended_until <= now() FOR UPDATE`,
      [userId, UserStatus.SUSPENDED],
    );
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
