import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EventOf } from '../events/domain-event';
import { DomainEventsService } from '../events/domain-events.service';
import { MailLinks } from './mail-links';
import { MailOutboxService } from './mail-outbox.service';
import { ACCOUNT_HOLDER_SQL } from './mail.sql';
import {
  confirmEmailChangeMail,
  emailChangedNoticeMail,
  emailChangeRefusedMail,
  passwordChangedByResetMail,
  passwordResetMail,
} from './templates/identity.templates';

/** The mails of identity/: reset links and notices, e-mail change links and notices. */
@Injectable()
export class IdentityMails implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
    private readonly outbox: MailOutboxService,
    private readonly links: MailLinks,
  ) {}

  onModuleInit(): void {
    this.events.on('PasswordResetRequested', (e) => this.onResetRequested(e));
    this.events.on('PasswordReset', (e) => this.onReset(e));
    this.events.on('EmailChangeRequested', (e) => this.onEmailChangeRequested(e));
    this.events.on('EmailChanged', (e) => this.onEmailChanged(e));
  }

  private async holder(userId: string) {
    const [user]: { email: string | null; display_name: string }[] = await this.ds.query(ACCOUNT_HOLDER_SQL, [
      userId,
    ]);
    return user;
  }

  private async onResetRequested(e: EventOf<'PasswordResetRequested'>): Promise<void> {
    const user = await this.holder(e.userId);
    if (!user?.email) return;
    await this.outbox.enqueue([
      {
        ...passwordResetMail({
          recipientName: user.display_name,
          resetUrl: this.links.passwordReset(e.token),
        }),
        recipientUserId: e.userId,
        to: user.email,
        kind: 'PASSWORD_RESET',
        dedupeKey: `password-reset:${e.token}`,
      },
    ]);
  }

  private async onReset(e: EventOf<'PasswordReset'>): Promise<void> {
    const user = await this.holder(e.userId);
    if (!user?.email) return;
    await this.outbox.enqueue([
      {
        ...passwordChangedByResetMail({
          recipientName: user.display_name,
          resetRequestUrl: this.links.passwordResetRequest,
        }),
        recipientUserId: e.userId,
        to: user.email,
        kind: 'PASSWORD_CHANGED',
        dedupeKey: `password-changed:${e.userId}:${Date.now()}`,
      },
    ]);
  }

  private async onEmailChangeRequested(e: EventOf<'EmailChangeRequested'>): Promise<void> {
    if (!e.token) {
      // Another account's address: one such mail per address and hour at most.
      const hour = new Date().toISOString().slice(0, 13);
      await this.outbox.enqueue([
        {
          ...emailChangeRefusedMail({ settingsUrl: this.links.settings }),
          recipientUserId: null,
          to: e.newEmail,
          kind: 'EMAIL_CHANGE_REFUSED',
          dedupeKey: `email-change-refused:${e.newEmail.toLowerCase()}:${hour}`,
        },
      ]);
      return;
    }
    const user = await this.holder(e.userId);
    if (!user) return;
    await this.outbox.enqueue([
      {
        ...confirmEmailChangeMail({
          recipientName: user.display_name,
          confirmUrl: this.links.emailChange(e.token),
        }),
        recipientUserId: e.userId,
        to: e.newEmail,
        kind: 'CONFIRM_EMAIL_CHANGE',
        dedupeKey: `email-change:${e.token}`,
      },
    ]);
  }

  private async onEmailChanged(e: EventOf<'EmailChanged'>): Promise<void> {
    if (!e.oldEmail) return;
    const user = await this.holder(e.userId);
    await this.outbox.enqueue([
      {
        ...emailChangedNoticeMail({ recipientName: user?.display_name ?? '', newEmail: e.newEmail }),
        recipientUserId: e.userId,
        to: e.oldEmail,
        kind: 'EMAIL_CHANGED',
        dedupeKey: `email-changed:${e.userId}:${e.newEmail.toLowerCase()}:${Date.now()}`,
      },
    ]);
  }
}
