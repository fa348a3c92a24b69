import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { OrganisationKind, Role, UserStatus } from '@forum/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Viewer } from '../common/graphql/viewer';
import { badInput, forbidden, unauthenticated } from '../common/errors/domain-error';
import { isUniqueViolation } from '../common/errors/pg-errors';
import { DomainEventsService, type Write } from '../events/domain-events.service';
import { ACCOUNT_BY_EMAIL_SQL, END_SESSIONS_OF_USER_SQL, VIEWER_BY_SESSION_SQL } from './auth.sql';
import { emailDomainOf, statusForRegistration } from './registration-rules';
import { liftExpiredSuspension } from './suspension-rules';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import type { LoginInput } from './dto/login.input';
import type { RegisterInput } from './dto/register.input';
import { LoginRateLimiter } from './login-rate-limiter';
import { RegistrationRateLimiter } from './registration-rate-limiter';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password-hasher';
import { SessionEntity } from './session.entity';
import { ViewerCache } from './viewer-cache';
import { hashSessionToken, newSessionToken } from './session-token';

export const LOGIN_RATE_LIMITER = Symbol('LOGIN_RATE_LIMITER');
export const REGISTRATION_RATE_LIMITER = Symbol('REGISTRATION_RATE_LIMITER');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGIN_RATE_LIMITER) private readonly limiter: LoginRateLimiter,
    @Inject(REGISTRATION_RATE_LIMITER) private readonly registrationLimiter: RegistrationRateLimiter,
    private readonly events: DomainEventsService,
    @Inject(ViewerCache) private readonly viewers: ViewerCache,
  ) {}

  /**
   * Creates a PENDING account; a moderator approves it before it can sign in. An address that already has
   * an account gets the same answer as a new one (no account is created; its owner is told by e-mail), so
   * registration never tells a guest which addresses are registered.
   */
  async register(input: RegisterInput, ip: string): Promise<UserEntity> {
    this.requirePasswordLogin();
    await this.registrationLimiter.consume(input.email, ip);
    const organisation = await this.ds
      .getRepository(OrganisationEntity)
      .findOneBy({ id: input.organisationId });
    if (!organisation) {
      throw badInput('Die gewählte Organisation gibt es nicht.', {
        organisationId: 'Unbekannte Organisation',
      });
    }
    // Hashed in both cases, so the answer takes as long for an existing address as for a new one.
    const passwordHash = await hashPassword(input.password);
    const existing = await this.accountOf(input.email);
    if (existing) return this.answerForExistingAddress(existing, input, organisation);
    try {
      return await this.events.transaction(async (write) => {
        // Addresses of an allow-listed domain for this organisation kind are approved at once.
        const status = await statusForRegistration(write.manager, input.email, organisation.kind);
        const user = await write.manager.getRepository(UserEntity).save({
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          organisationId: organisation.id,
          status,
          approvedAt: status === UserStatus.ACTIVE ? new Date() : null,
        });
        if (status === UserStatus.ACTIVE) {
          await write.audit({
            actorId: null,
            action: 'USER_AUTO_APPROVED',
            targetType: 'USER',
            targetId: user.id,
            reason: `Freigegebene Domain ${emailDomainOf(input.email)}`,
          });
        }
        await write.publish({ type: 'UserRegistered', userId: user.id }); // confirmation mail (mail/)
        return user;
      });
    } catch (err) {
      // The same address registered at the same moment: answered like any existing address.
      const raced = isUniqueViolation(err) ? await this.accountOf(input.email) : null;
      if (raced) return this.answerForExistingAddress(raced, input, organisation);
      throw err;
    }
  }

  /** PASSWORD_LOGIN=false: the administration allows sign-in only through its identity providers. */
  private requirePasswordLogin(): void {
    if (!this.config.passwordLogin)
      throw forbidden('Die Anmeldung ist nur über den Identitätsanbieter Ihrer Organisation möglich.');
  }

  private async accountOf(email: string): Promise<{ id: string } | null> {
    const rows: { id: string }[] = await this.ds.query(ACCOUNT_BY_EMAIL_SQL, [email]);
    return rows[0] ?? null;
  }

  /** What a new registration would answer, for an account that is never stored; the owner gets a mail. */
  private async answerForExistingAddress(
    existing: { id: string },
    input: RegisterInput,
    organisation: OrganisationEntity,
  ): Promise<UserEntity> {
    const status = await statusForRegistration(this.ds.manager, input.email, organisation.kind);
    this.events.publish({ type: 'RegistrationAttempted', userId: existing.id });
    return Object.assign(new UserEntity(), {
      id: randomUUID(),
      email: input.email,
      displayName: input.displayName,
      organisationId: organisation.id,
      role: Role.USER,
      status,
      createdAt: new Date(),
    });
  }

  async login(input: LoginInput, ip: string): Promise<{ token: string; user: UserEntity; expiresAt: Date }> {
    this.requirePasswordLogin();
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
    // A suspension with an end date is lifted at the first sign-in after it (suspension-rules.ts).
    if (user.status === UserStatus.SUSPENDED && (await liftExpiredSuspension(this.ds.manager, user.id)))
      user.status = UserStatus.ACTIVE;
    if (user.status === UserStatus.PENDING) throw forbidden('Ihr Konto wartet noch auf die Freischaltung.');
    if (user.status !== UserStatus.ACTIVE) throw forbidden('Ihr Konto ist gesperrt.');

    return { ...(await this.startSession(user.id)), user };
  }

  /** A new session of an account that has proved who it is (password, or an identity provider). */
  async startSession(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3_600_000);
    await this.ds
      .getRepository(SessionEntity)
      .insert({ tokenHash: hashSessionToken(token), userId, expiresAt });
    return { token, expiresAt };
  }

  async logout(viewer: Viewer | null): Promise<boolean> {
    if (viewer) {
      await this.ds.getRepository(SessionEntity).delete({ id: viewer.sessionId });
      // The trigger's NOTIFY tells every instance; this one drops it before answering.
      this.viewers.invalidateUser(viewer.id);
      this.events.publish({ type: 'SessionEnded', userId: viewer.id, sessionId: viewer.sessionId });
    }
    return true;
  }

  /** One query per request: session, user and organisation kind. Expired sessions resolve to nobody. */
  async resolveViewer(token: string | null): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const tokenHash = hashSessionToken(token);
    const cached = this.viewers.get(tokenHash);
    if (cached) return cached;
    const ticket = this.viewers.begin();
    const rows: {
      session_id: string;
      expires_at: Date;
      id: string;
      role: Viewer['role'];
      status: UserStatus;
      organisation_id: string;
      kind: OrganisationKind;
    }[] = await this.ds.query(VIEWER_BY_SESSION_SQL, [tokenHash]);
    const row = rows[0];
    if (!row) return null;
    const viewer: Viewer = {
      id: row.id,
      sessionId: row.session_id,
      role: row.role,
      status: row.status,
      organisationId: row.organisation_id,
      organisationKind: row.kind,
    };
    this.viewers.store(ticket, tokenHash, viewer, row.expires_at);
    return viewer;
  }

  /** After a change to a user's role, status or organisation: this instance stops serving the old viewer. */
  forgetViewer(userId: string): void {
    this.viewers.invalidateUser(userId);
  }

  /**
   * Ends every session of a user (suspension, password reset), or every one but `exceptSessionId`. The one
   * place sessions of a user end: inside `write`'s transaction when given, each with a SessionEnded event
   * (sockets of the session close) after commit.
   */
  async revokeSessions(userId: string, write?: Write, exceptSessionId?: string): Promise<void> {
    const manager = write?.manager ?? this.ds.manager;
    const [ended] = (await manager.query(END_SESSIONS_OF_USER_SQL, [userId, exceptSessionId ?? null])) as [
      { id: string }[],
      number,
    ];
    for (const session of ended) {
      const event = { type: 'SessionEnded', userId, sessionId: session.id } as const;
      if (write) await write.publish(event);
      else this.events.publish(event);
    }
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
