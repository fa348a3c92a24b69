import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { badInput } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailEvents } from './mail-events';
import { checkConfirmation, readConfirmation } from './mail-tokens';
import { CONFIRMATION_STATE_SQL, CONFIRM_EMAIL_SQL, UNCONFIRMED_BY_EMAIL_SQL } from './mail.sql';

export type ConfirmationOutcome = 'CONFIRMED' | 'ALREADY_CONFIRMED' | 'INVALID' | 'EXPIRED';

/** A new link at most every ten minutes per account. */
const RESEND_WINDOW_MS = 10 * 60_000;

/**
 * Confirmation of the e-mail address given at registration. Only confirmed registrations reach the
 * moderators' approval queue (users.service.ts `pending`).
 */
@Injectable()
export class EmailConfirmationService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mails: MailEvents,
  ) {}

  async confirm(token: unknown): Promise<ConfirmationOutcome> {
    const read = readConfirmation(token);
    if (!read) return 'INVALID';
    const [user]: { email: string | null; verified: boolean; status: string }[] = await this.ds.query(
      CONFIRMATION_STATE_SQL,
      [read.userId],
    );
    if (!user || user.status === 'DELETED') return 'INVALID';
    const check = checkConfirmation(this.config.mailSecret, token as string, user.email);
    if (!check.ok) return check.reason === 'expired' ? 'EXPIRED' : 'INVALID';
    if (user.verified) return 'ALREADY_CONFIRMED';
    await this.ds.query(CONFIRM_EMAIL_SQL, [read.userId]);
    return 'CONFIRMED';
  }

  /**
   * Sends a new link to an unconfirmed registration. Answers the same whether or not the address is
   * known, so it cannot be used to find out who is registered.
   */
  async requestNewLink(email: string): Promise<boolean> {
    const address = email.trim();
    if (!address || address.length > 254 || !address.includes('@')) {
      throw badInput('Bitte geben Sie eine gültige E-Mail-Adresse an.', {
        email: 'Ungültige E-Mail-Adresse',
      });
    }
    const [user]: { id: string }[] = await this.ds.query(UNCONFIRMED_BY_EMAIL_SQL, [address]);
    if (user) {
      const window = Math.floor(Date.now() / RESEND_WINDOW_MS);
      await this.mails.sendConfirmation(user.id, `confirm-email:${user.id}:${window}`);
    }
    return true;
  }
}
