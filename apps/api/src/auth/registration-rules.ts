import type { EntityManager } from 'typeorm';
import { type OrganisationKind, UserStatus } from '@forum/shared';
import { ALLOW_LISTED_SQL } from './auth.sql';

// The registration rules: an address of an allow-listed domain is approved at once. Called by
// AuthService (register) and the registration form's hint; the list itself is kept by
// EmailDomainAllowlistService.

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
  const rows: { id: string }[] = await manager.query(ALLOW_LISTED_SQL, [candidates, kind ?? null]);
  return rows.length > 0;
}
