import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UserStatus } from '@forum/shared';
import { AuthService } from '../auth/auth.service';
import { hashPassword } from '../auth/password-hasher';
import { badInput, forbidden } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainEventsService } from '../events/domain-events.service';
import { signAccountLink, verifyAccountLink } from './account-link-token';
import { AccountLinkStatus, LINK_MESSAGES } from './account-link-status';
import {
  ACCOUNT_TOKEN_STATE_SQL,
  INSERT_ACCOUNT_TOKEN_SQL,
  LOCK_ACCOUNT_TOKEN_SQL,
  RESET_RECIPIENT_SQL,
  SET_PASSWORD_FROM_LINK_SQL,
  SPEND_ACCOUNT_TOKENS_SQL,
} from './identity.sql';
import type { PasswordResetRateLimiter } from './password-reset-rate-limiter';

export const PASSWORD_RESET_RATE_LIMITER = Symbol('PASSWORD_RESET_RATE_LIMITER');
/** A reset link is valid for 60 minutes. */
export const RESET_LINK_TTL_SECONDS = 60 * 60;

interface LockedToken {
  id: string;
  user_id: string;
  used_at: Date | null;
  expired: boolean;
  status: UserStatus;
}

/** "Passwort vergessen?": a signed single-use link by mail, then a new password and every session ended. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PASSWORD_RESET_RATE_LIMITER) private readonly limiter: PasswordResetRateLimiter,
    private readonly events: DomainEventsService,
    private readonly auth: AuthService,
  ) {}

  /**
   * Answers `true` whatever the address: known or not, active or suspended — the answer and the rate limit
   * are the same, so nobody learns which addresses have accounts. Only an active or pending account gets
   * a mail.
   */
  async request(email: string, ip: string): Promise<boolean> {
    // SSO only: there is no forum password to reset.
    if (!this.config.passwordLogin)
      throw forbidden('Passwörter verwaltet der Identitätsanbieter Ihrer Organisation.');
    await this.limiter.consume(email, ip);
    const [user]: { id: string; status: UserStatus }[] = await this.ds.query(RESET_RECIPIENT_SQL, [
      email.trim(),
    ]);
    if (!user || (user.status !== UserStatus.ACTIVE && user.status !== UserStatus.PENDING)) return true;
    const [row]: { id: string }[] = await this.ds.query(INSERT_ACCOUNT_TOKEN_SQL, [
      user.id,
      'PASSWORD_RESET',
      null,
      RESET_LINK_TTL_SECONDS,
    ]);
    const token = signAccountLink(this.config.mailSecret, 'PASSWORD_RESET', row.id);
    this.events.publish({ type: 'PasswordResetRequested', userId: user.id, token });
    return true;
  }

  /** Whether a link can still be used, for the page that opens from the mail. */
  async status(token: string): Promise<AccountLinkStatus> {
    const id = verifyAccountLink(this.config.mailSecret, 'PASSWORD_RESET', token);
    if (!id) return AccountLinkStatus.INVALID;
    const [row]: { used_at: Date | null; expired: boolean; status: UserStatus }[] = await this.ds.query(
      ACCOUNT_TOKEN_STATE_SQL,
      [id, 'PASSWORD_RESET'],
    );
    return stateOf(row);
  }

  /**
   * Sets the new password (the same length rules as registration, checked on the input type), spends the
   * link and every other reset link of the account, ends every session, and tells the owner by mail.
   */
  async reset(token: string, password: string): Promise<boolean> {
    const id = verifyAccountLink(this.config.mailSecret, 'PASSWORD_RESET', token);
    if (!id) throw linkError(AccountLinkStatus.INVALID);
    const hash = await hashPassword(password);
    await this.events.transaction(async (write) => {
      const [row] = (await write.manager.query(LOCK_ACCOUNT_TOKEN_SQL, [
        id,
        'PASSWORD_RESET',
      ])) as LockedToken[];
      const state = stateOf(row);
      if (state !== AccountLinkStatus.VALID) throw linkError(state);
      await write.manager.query(SET_PASSWORD_FROM_LINK_SQL, [row.user_id, hash]);
      await write.manager.query(SPEND_ACCOUNT_TOKENS_SQL, [row.user_id, 'PASSWORD_RESET']);
      await this.auth.revokeSessions(row.user_id, write);
      await write.audit({
        actorId: row.user_id,
        action: 'PASSWORD_RESET',
        targetType: 'USER',
        targetId: row.user_id,
        reason: null,
      });
      await write.publish({ type: 'PasswordReset', userId: row.user_id });
    });
    return true;
  }
}

function stateOf(row: { used_at: Date | null; expired: boolean; status: UserStatus } | undefined) {
  if (!row || row.status === UserStatus.DELETED) return AccountLinkStatus.INVALID;
  if (row.used_at) return AccountLinkStatus.USED;
  if (row.expired) return AccountLinkStatus.EXPIRED;
  return AccountLinkStatus.VALID;
}

function linkError(state: Exclude<AccountLinkStatus, AccountLinkStatus.VALID>) {
  return badInput(LINK_MESSAGES[state], { token: state });
}
