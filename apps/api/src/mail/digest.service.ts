import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NotificationType } from '@forum/shared';
import { DIGEST_TYPES, DigestFrequency, EMAIL_BY_DEFAULT } from '../notifications/notification-defaults';
import { MailLinks } from './mail-links';
import { MailOutboxService, type NewMail } from './mail-outbox.service';
import { digestMail } from './templates/digest.template';
import { DUE_FOR_DIGEST_SQL, DIGEST_ITEMS_SQL, DIGEST_SENT_SQL } from './mail.sql';

const USERS_PER_BATCH = 100;
const MAX_ITEMS = 30;

interface DueUser {
  id: string;
  email: string;
  display_name: string;
  digest_frequency: DigestFrequency.DAILY | DigestFrequency.WEEKLY;
  since: Date;
}

interface DigestRow {
  recipient_id: string;
  type: NotificationType;
  thread_id: string;
  post_id: string | null;
  created_at: Date;
  thread_title: string;
  topic_title: string | null;
  actor_name: string | null;
}

/**
 * Daily and weekly summaries of unread replies and new questions (the types whose e-mail channel is off,
 * so nothing arrives twice). Run by the mail worker's tick: a person is due once a day/week has passed
 * since their last digest (users.last_digest_at); nothing new means no mail, but the clock restarts.
 */
@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: MailOutboxService,
    private readonly links: MailLinks,
  ) {}

  /** Enqueues the digests that are due; returns how many people were looked at. */
  async enqueueDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const handled = await this.ds.transaction(async (manager) => {
        // FOR NO KEY UPDATE: other instances skip these people; inserts referencing users still proceed.
        const users: DueUser[] = await manager.query(DUE_FOR_DIGEST_SQL, [USERS_PER_BATCH]);
        if (!users.length) return 0;
        const rows: DigestRow[] = await manager.query(DIGEST_ITEMS_SQL, [
          users.map((u) => u.id),
          users.map((u) => u.since),
          DIGEST_TYPES,
          EMAIL_BY_DEFAULT,
        ]);
        const byUser = new Map<string, DigestRow[]>();
        for (const r of rows) byUser.set(r.recipient_id, [...(byUser.get(r.recipient_id) ?? []), r]);
        const mails: NewMail[] = [];
        for (const u of users) {
          const items = byUser.get(u.id);
          if (!items?.length) continue;
          const unsubscribeUrl = this.links.unsubscribe(u.id, 'DIGEST');
          mails.push({
            ...digestMail({
              recipientName: u.display_name,
              frequency: u.digest_frequency,
              items: items.map((i) => ({
                type: i.type,
                threadTitle: i.thread_title,
                topicTitle: i.topic_title,
                actorName: i.actor_name,
                url: this.links.thread(i.thread_id, i.post_id),
                createdAt: i.created_at,
              })),
              maxItems: MAX_ITEMS,
              notificationsUrl: this.links.notifications,
              settingsUrl: this.links.settings,
              unsubscribeUrl,
            }),
            recipientUserId: u.id,
            to: u.email,
            kind: 'DIGEST',
            dedupeKey: `digest:${u.id}:${u.since.toISOString()}`,
            unsubscribeUrl,
          });
        }
        await this.outbox.enqueue(mails, manager);
        await manager.query(DIGEST_SENT_SQL, [users.map((u) => u.id)]);
        return users.length;
      });
      total += handled;
      if (handled < USERS_PER_BATCH) return total;
    }
  }
}
