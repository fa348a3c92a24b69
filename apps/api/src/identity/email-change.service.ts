import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UserStatus } from '@forum/shared';
import { verifyPassword } from '../auth/password-hasher';
import { badInput, conflict } from '../common/errors/domain-error';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { Viewer } from '../common/graphql/viewer';
import { requireActive } from '../common/permissions/permissions';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainEventsService } from '../events/domain-events.service';
import { AccountLinkStatus, LINK_MESSAGES } from './account-link-status';
import { signAccountLink, verifyAccountLink } from './account-link-token';
import {
  EMAIL_AND_PASSWORD_SQL,
  EMAIL_TAKEN_SQL,
  INSERT_ACCOUNT_TOKEN_SQL,
  LOCK_ACCOUNT_TOKEN_SQL,
  SET_EMAIL_SQL,
  SPEND_ACCOUNT_TOKENS_SQL,
} from './identity.sql';

/** A link to the new address is valid for 24 hours. */
export const EMAIL_CHANGE_TTL_SECONDS = 24 * 3600;

interface LockedChange {
  user_id: string;
  new_email: string;
  used_at: Date | null;
  expired: boolean;
  email: string | null;
  status: UserStatus;
}

/**
 * E-mail change in the settings: the new address is confirmed by a link sent to it, and the old address is
 * told once it changed. The request answers the same whether or not the new address is in use — the mail
 * to that address says it cannot be used — so the settings page reveals no accounts.
 */
@Injectable()
export class EmailChangeService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: DomainEventsService,
  ) {}

  async request(viewer: Viewer | null, newEmail: string, password: string | undefined): Promise<boolean> {
    const me = requireActive(viewer);
    const address = newEmail.trim();
    const [account]: { email: string | null; password_hash: string | null }[] = await this.ds.query(
      EMAIL_AND_PASSWORD_SQL,
      [me.id],
    );
    // An account that signs in only through a provider has no password to ask for.
    if (account?.password_hash && !(await verifyPassword(account.password_hash, password ?? ''))) {
      throw badInput('Das Passwort ist nicht richtig.', { password: 'Falsches Passwort' });
    }
    if (account?.email?.toLowerCase() === address.toLowerCase()) {
      throw badInput('Das ist bereits Ihre E-Mail-Adresse.', { newEmail: 'Unverändert' });
    }
    const taken = ((await this.ds.query(EMAIL_TAKEN_SQL, [address, me.id])) as unknown[]).length > 0;
    if (taken) {
      this.events.publish({ type: 'EmailChangeRequested', userId: me.id, newEmail: address, token: null });
      return true;
    }
    const [row]: { id: string }[] = await this.ds.query(INSERT_ACCOUNT_TOKEN_SQL, [
      me.id,
      'EMAIL_CHANGE',
      address,
      EMAIL_CHANGE_TTL_SECONDS,
    ]);
    const token = signAccountLink(this.config.mailSecret, 'EMAIL_CHANGE', row.id);
    this.events.publish({ type: 'EmailChangeRequested', userId: me.id, newEmail: address, token });
    return true;
  }

  /**
   * The link from the mail: the account gets the new address, confirmed. Works without signing in (the
   * mail may be opened on another device); the link itself is the proof.
   */
  async confirm(token: string): Promise<string> {
    const id = verifyAccountLink(this.config.mailSecret, 'EMAIL_CHANGE', token);
    if (!id) throw linkError(AccountLinkStatus.INVALID);
    try {
      return await this.events.transaction(async (write) => {
        const [row] = (await write.manager.query(LOCK_ACCOUNT_TOKEN_SQL, [
          id,
          'EMAIL_CHANGE',
        ])) as LockedChange[];
        if (!row || row.status === UserStatus.DELETED) throw linkError(AccountLinkStatus.INVALID);
        if (row.used_at) throw linkError(AccountLinkStatus.USED);
        if (row.expired) throw linkError(AccountLinkStatus.EXPIRED);
        await write.manager.query(SET_EMAIL_SQL, [row.user_id, row.new_email]);
        await write.manager.query(SPEND_ACCOUNT_TOKENS_SQL, [row.user_id, 'EMAIL_CHANGE']);
        await write.audit({
          actorId: row.user_id,
          action: 'EMAIL_CHANGED',
          targetType: 'USER',
          targetId: row.user_id,
          reason: null,
        });
        await write.publish({
          type: 'EmailChanged',
          userId: row.user_id,
          oldEmail: row.email,
          newEmail: row.new_email,
        });
        return row.new_email;
      });
    } catch (err) {
      // Someone registered the address between the request and the click.
      if (isUniqueViolation(err)) throw conflict('Diese E-Mail-Adresse kann nicht verwendet werden.');
      throw err;
    }
  }
}

function linkError(state: Exclude<AccountLinkStatus, AccountLinkStatus.VALID>) {
  return badInput(LINK_MESSAGES[state], { token: state });
}
