import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { LIMITS, UserStatus } from '@forum/shared';
import { liftExpiredSuspension } from '../auth/suspension-rules';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { OidcProviderConfig } from '../config/oidc-config';
import { DomainEventsService } from '../events/domain-events.service';
import {
  ACCOUNT_FOR_LINKING_SQL,
  INSERT_PROVIDER_ACCOUNT_SQL,
  KOMMUNE_BY_AGS_SQL,
  LAND_BY_CODE_SQL,
  LINK_IDENTITY_SQL,
  ORGANISATION_EXISTS_SQL,
  SIGN_IN_IDENTITY_SQL,
} from './identity.sql';
import { displayNameFromClaims, organisationKeyFromClaim } from './oidc-organisation';

/** Why a provider's person gets no session; the sign-in page explains each. */
export type OidcRefusal = 'unverified_email' | 'no_email' | 'organisation' | 'pending' | 'suspended';

export class OidcRefused extends Error {
  constructor(readonly reason: OidcRefusal) {
    super(reason);
  }
}

/**
 * The account behind a provider's person: the one linked to its subject; else, at the first sign-in, the
 * account with the same address when the provider says `email_verified`; else a new one — ACTIVE in the
 * organisation the claims name when the provider is trusted, PENDING (the approval queue) when not.
 */
@Injectable()
export class OidcAccountsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
  ) {}

  /** The id of the account that may now get a session, or OidcRefused. */
  async accountFor(p: OidcProviderConfig, claims: Record<string, unknown>): Promise<string> {
    const subject = String(claims.sub);
    const [linked]: { id: string; status: UserStatus }[] = await this.ds.query(SIGN_IN_IDENTITY_SQL, [
      p.id,
      subject,
    ]);
    if (linked) return this.admitted(linked);

    const email = typeof claims.email === 'string' ? claims.email.trim() : '';
    if (!email || email.length > LIMITS.emailMax || !email.includes('@')) throw new OidcRefused('no_email');
    const verified = claims.email_verified === true || claims.email_verified === 'true';
    const [existing]: { id: string; status: UserStatus }[] = await this.ds.query(ACCOUNT_FOR_LINKING_SQL, [
      email,
    ]);
    if (existing) {
      // Only an address the provider vouches for may take over an account that signs in by password.
      if (!verified) throw new OidcRefused('unverified_email');
      await this.ds.query(LINK_IDENTITY_SQL, [p.id, subject, existing.id, email]);
      return this.admitted(existing);
    }
    const organisationId = await this.organisationFor(p, claims);
    if (!organisationId) throw new OidcRefused('organisation');
    const status = p.trusted ? UserStatus.ACTIVE : UserStatus.PENDING;
    try {
      const userId = await this.events.transaction(async (write) => {
        const [row] = (await write.manager.query(INSERT_PROVIDER_ACCOUNT_SQL, [
          email,
          displayNameFromClaims(claims, LIMITS.displayNameMin, LIMITS.displayNameMax),
          organisationId,
          status,
          verified,
        ])) as { id: string }[];
        await write.manager.query(LINK_IDENTITY_SQL, [p.id, subject, row.id, email]);
        if (status === UserStatus.ACTIVE) {
          await write.audit({
            actorId: null,
            action: 'USER_AUTO_APPROVED',
            targetType: 'USER',
            targetId: row.id,
            reason: `Vertrauenswürdiger Identitätsanbieter ${p.id}`,
          });
        }
        // An unconfirmed address gets the confirmation mail, as after a registration.
        await write.publish({ type: 'UserRegistered', userId: row.id });
        return row.id;
      });
      return this.admitted({ id: userId, status });
    } catch (err) {
      // The same person's first sign-in twice at once: the other one linked it.
      if (isUniqueViolation(err)) return this.accountFor(p, claims);
      throw err;
    }
  }

  /** Active accounts pass (an ended suspension is lifted); pending and suspended ones are refused. */
  private async admitted(user: { id: string; status: UserStatus }): Promise<string> {
    let status = user.status;
    if (status === UserStatus.SUSPENDED && (await liftExpiredSuspension(this.ds.manager, user.id)))
      status = UserStatus.ACTIVE;
    if (status === UserStatus.ACTIVE) return user.id;
    throw new OidcRefused(status === UserStatus.PENDING ? 'pending' : 'suspended');
  }

  private async organisationFor(
    p: OidcProviderConfig,
    claims: Record<string, unknown>,
  ): Promise<string | null> {
    const db: EntityManager = this.ds.manager;
    if (p.organisationClaim) {
      const key = organisationKeyFromClaim(claims[p.organisationClaim]);
      const rows: { id: string }[] = !key
        ? []
        : key.kind === 'KOMMUNE'
          ? await db.query(KOMMUNE_BY_AGS_SQL, [key.ags, key.ars ?? key.ags])
          : await db.query(LAND_BY_CODE_SQL, [key.code]);
      if (rows[0]) return rows[0].id;
    }
    if (p.organisationId) {
      const rows: { id: string }[] = await db.query(ORGANISATION_EXISTS_SQL, [p.organisationId]);
      if (rows[0]) return rows[0].id;
    }
    return null;
  }
}
