import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotificationType, UserStatus } from '@forum/shared';
import type { CreatedNotification } from '../events/domain-event';
import { DomainEventsService } from '../events/domain-events.service';
import { EMAIL_BY_DEFAULT } from '../notifications/notification-defaults';
import { MailLinks } from './mail-links';
import { MailOutboxService, type NewMail } from './mail-outbox.service';
import { excerpt } from './templates/layout';
import {
  accountApprovedMail,
  confirmEmailMail,
  registrationAttemptMail,
} from './templates/account.templates';
import { notificationMail } from './templates/notification.template';
import {
  ACCOUNT_HOLDER_SQL,
  ACTOR_NAMES_SQL,
  APPROVAL_RECIPIENT_SQL,
  CONFIRMATION_RECIPIENT_SQL,
  EMAIL_RECIPIENTS_SQL,
  POST_BODIES_SQL,
  THREAD_TITLES_SQL,
} from './mail.sql';

interface Recipient {
  idx: string;
  id: string;
  email: string;
  display_name: string;
}

/**
 * Turns domain events into outbox rows: one e-mail per notification whose type has e-mail on for its
 * recipient (active, confirmed address), the confirmation mail after registration, and the approval mail.
 */
@Injectable()
export class MailEvents implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
    private readonly outbox: MailOutboxService,
    private readonly links: MailLinks,
  ) {}

  onModuleInit(): void {
    this.events.on('NotificationsCreated', (e) => this.onNotifications(e.notifications));
    this.events.on('UserRegistered', async (e) => {
      await this.sendConfirmation(e.userId, `confirm-email:${e.userId}`);
    });
    this.events.on('UserApproved', (e) => this.onApproved(e.userId));
    this.events.on('RegistrationAttempted', (e) => this.onRegistrationAttempt(e.userId));
  }

  private async onNotifications(all: CreatedNotification[]): Promise<void> {
    // Account notifications are mailed by their own templates (approval below), not as a generic notice.
    const list = all.filter((n) => n.type !== NotificationType.ACCOUNT);
    if (!list.length) return;
    const recipients: Recipient[] = await this.ds.query(EMAIL_RECIPIENTS_SQL, [
      list.map((n) => n.recipientId),
      list.map((n) => n.type),
      EMAIL_BY_DEFAULT,
    ]);
    if (!recipients.length) return;
    const chosen = recipients.map((r) => ({ r, n: list[Number(r.idx) - 1] }));
    const ids = (pick: (n: CreatedNotification) => string | null) => [
      ...new Set(chosen.map(({ n }) => pick(n)).filter((x): x is string => !!x)),
    ];
    const [threads, actors, posts] = await Promise.all([
      this.ds.query(THREAD_TITLES_SQL, [ids((n) => n.threadId)]) as Promise<
        { id: string; title: string; topic_title: string | null }[]
      >,
      this.ds.query(ACTOR_NAMES_SQL, [ids((n) => n.actorId)]) as Promise<{ id: string; name: string }[]>,
      this.ds.query(POST_BODIES_SQL, [ids((n) => n.postId)]) as Promise<{ id: string; body: string }[]>,
    ]);
    const thread = new Map(threads.map((t) => [t.id, t]));
    const actor = new Map(actors.map((a) => [a.id, a.name]));
    const post = new Map(posts.map((p) => [p.id, p.body]));
    const mails: NewMail[] = chosen.map(({ r, n }) => {
      const th = n.threadId ? thread.get(n.threadId) : undefined;
      const body = n.postId ? post.get(n.postId) : undefined;
      const unsubscribeUrl = this.links.unsubscribe(r.id, n.type);
      return {
        ...notificationMail({
          type: n.type,
          recipientName: r.display_name,
          actorName: n.actorId ? (actor.get(n.actorId) ?? null) : null,
          threadTitle: th?.title ?? null,
          topicTitle: th?.topic_title ?? null,
          postExcerpt: body ? excerpt(body) : null,
          detail: n.detail,
          threadUrl: n.threadId ? this.links.thread(n.threadId, n.postId) : null,
          settingsUrl: this.links.settings,
          unsubscribeUrl,
        }),
        recipientUserId: r.id,
        to: r.email,
        kind: 'NOTIFICATION',
        // Not stored (in-app off, e-mail on): no notification id, so a fresh key (events are not replayed).
        dedupeKey: `notification:${n.id ?? `unstored-${randomUUID()}`}`,
        unsubscribeUrl,
      };
    });
    await this.outbox.enqueue(mails);
  }

  /** The confirmation mail (also used to send a new link); the key decides whether it is a new mail. */
  async sendConfirmation(userId: string, dedupeKey: string): Promise<boolean> {
    const [user]: { email: string | null; display_name: string; status: UserStatus; verified: boolean }[] =
      await this.ds.query(CONFIRMATION_RECIPIENT_SQL, [userId]);
    if (!user?.email || user.verified) return false;
    if (user.status !== UserStatus.PENDING && user.status !== UserStatus.ACTIVE) return false;
    const added = await this.outbox.enqueue([
      {
        ...confirmEmailMail({
          recipientName: user.display_name,
          confirmUrl: this.links.confirmEmail(userId, user.email),
          awaitsApproval: user.status === UserStatus.PENDING,
        }),
        recipientUserId: userId,
        to: user.email,
        kind: 'CONFIRM_EMAIL',
        dedupeKey,
      },
    ]);
    return added > 0;
  }

  private async onApproved(userId: string): Promise<void> {
    const [user]: { email: string | null; display_name: string; approved_at: Date | null }[] =
      await this.ds.query(APPROVAL_RECIPIENT_SQL, [userId]);
    if (!user?.email) return;
    const unsubscribeUrl = this.links.unsubscribe(userId, NotificationType.ACCOUNT);
    await this.outbox.enqueue([
      {
        ...accountApprovedMail({
          recipientName: user.display_name,
          loginUrl: this.links.home,
          settingsUrl: this.links.settings,
          unsubscribeUrl,
        }),
        recipientUserId: userId,
        to: user.email,
        kind: 'ACCOUNT_APPROVED',
        dedupeKey: `account-approved:${userId}:${user.approved_at?.toISOString() ?? ''}`,
        unsubscribeUrl,
      },
    ]);
  }

  /**
   * The owner of an address someone tried to register again. At most one such mail per account and hour
   * (dedupe key), on top of the registration rate limit per address.
   */
  private async onRegistrationAttempt(userId: string): Promise<void> {
    const [user]: { email: string | null; display_name: string }[] = await this.ds.query(ACCOUNT_HOLDER_SQL, [
      userId,
    ]);
    if (!user?.email) return;
    const hour = new Date().toISOString().slice(0, 13);
    await this.outbox.enqueue([
      {
        ...registrationAttemptMail({ recipientName: user.display_name, loginUrl: this.links.home }),
        recipientUserId: userId,
        to: user.email,
        kind: 'REGISTRATION_ATTEMPT',
        dedupeKey: `registration-attempt:${userId}:${hour}`,
      },
    ]);
  }
}
