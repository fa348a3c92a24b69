import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { OrganisationKind, UserStatus } from '@forum/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Viewer } from '../common/graphql/viewer';
import { badInput, DomainError, forbidden, unauthenticated } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/pg-errors';
import { DomainEventsService } from '../events/domain-events.service';
import {
  liftExpiredSuspension,
  recordAutoApproval,
  statusForRegistration,
} from '../moderation/account-hooks';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import type { LoginInput } from './dto/login.input';
import type { RegisterInput } from './dto/register.input';
import { LoginRateLimiter } from './login-rate-limiter';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password-hasher';
import { SessionEntity } from './session.entity';
import { hashSessionToken, newSessionToken } from './session-token';

export const LOGIN_RATE_LIMITER = Symbol('LOGIN_RATE_LIMITER');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGIN_RATE_LIMITER) private readonly limiter: LoginRateLimiter,
    private readonly events: DomainEventsService,
  ) {}

  /** Creates a PENDING account; a moderator approves it before it can sign in. */
  async register(input: RegisterInput): Promise<UserEntity> {
    const organisation = await this.ds
      .getRepository(OrganisationEntity)
      .findOneBy({ id: input.organisationId });
    if (!organisation) {
      throw badInput('Die gewählte Organisation gibt es nicht.', {
        organisationId: 'Unbekannte Organisation',
      });
    }
    const passwordHash = await hashPassword(input.password);
    try {
      const registered = await this.ds.transaction(async (manager) => {
        // Addresses of an allow-listed domain for this organisation kind are approved at once.
        const status = await statusForRegistration(manager, input.email, organisation.kind);
        const user = await manager.getRepository(UserEntity).save({
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          organisationId: organisation.id,
          status,
          approvedAt: status === UserStatus.ACTIVE ? new Date() : null,
        });
        if (status === UserStatus.ACTIVE) await recordAutoApproval(manager, user.id, input.email);
        return user;
      });
      this.events.publish({ type: 'UserRegistered', userId: registered.id }); // confirmation mail (mail/)
      return registered;
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw new DomainError('CONFLICT', 'Für diese E-Mail-Adresse gibt es bereits ein Konto.', {
          email: 'Bereits registriert',
        });
      }
      throw err;
    }
  }

  async login(input: LoginInput, ip: string): Promise<{ token: string; user: UserEntity; expiresAt: Date }> {
    await this.limiter.assertAllowed(input.email, ip);
    const user = await this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: input.email })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!user || !ok) {
      await this.limiter.recordFailure(input.email, ip);
      throw unauthenticated('E-Mail-Adresse oder Passwort ist falsch.');
    }
    await this.limiter.recordSuccess(input.email, ip);
    // A suspension with an end date is lifted at the first sign-in after it (moderation/account-hooks.ts).
    if (user.status === UserStatus.SUSPENDED && (await liftExpiredSuspension(this.ds.manager, user.id)))
      user.status = UserStatus.ACTIVE;
    if (user.status === UserStatus.PENDING) throw forbidden('Ihr Konto wartet noch auf die Freischaltung.');
    if (user.status !== UserStatus.ACTIVE) throw forbidden('Ihr Konto ist gesperrt.');

    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3_600_000);
    await this.ds
      .getRepository(SessionEntity)
      .insert({ tokenHash: hashSessionToken(token), userId: user.id, expiresAt });
    return { token, user, expiresAt };
  }

  async logout(viewer: Viewer | null): Promise<boolean> {
    if (viewer) {
      await this.ds.getRepository(SessionEntity).delete({ id: viewer.sessionId });
      this.events.publish({ type: 'SessionEnded', userId: viewer.id, sessionId: viewer.sessionId });
    }
    return true;
  }

  /** One query per request: session, user and organisation kind. Expired sessions resolve to nobody. */
  async resolveViewer(token: string | null): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const rows: {
      session_id: string;
      id: string;
      role: Viewer['role'];
      status: UserStatus;
      organisation_id: string;
      kind: OrganisationKind;
    }[] = await this.ds.query(
      `SELECT s.id AS session_id, u.id, u.role, u.status, u.organisation_id, o.kind
         FROM sessions s JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = u.organisation_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hashSessionToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      sessionId: row.session_id,
      role: row.role,
      status: row.status,
      organisationId: row.organisation_id,
      organisationKind: row.kind,
    };
  }

  /** Ends every session of a user (suspension, deletion). */
  async revokeSessions(userId: string): Promise<void> {
    await this.ds.getRepository(SessionEntity).delete({ userId });
  }

  async purgeExpiredSessions(): Promise<number> {
    const result = await this.ds
      .getRepository(SessionEntity)
      .createQueryBuilder()
      .delete()
      .where('expires_at <= now()')
      .execute();
    return result.affected ?? 0;
  }

  countActiveSessions(userId: string): Promise<number> {
    return this.ds.getRepository(SessionEntity).countBy({ userId, expiresAt: MoreThan(new Date()) });
  }
}
