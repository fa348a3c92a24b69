import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ServerEvents, type NotificationType } from '@forum/shared';
import { requireActive } from '../common/permissions/permissions';
import { badInput } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { pageSize } from '../common/pagination/cursor';
import { keysetPage } from '../common/pagination/keyset-page';
import { isUuid } from '../common/validation/is-uuid';
import type { CreatedNotification } from '../events/domain-event';
import { DomainEventsService } from '../events/domain-events.service';
import { RealtimeGateway, type UserMessage } from '../realtime/realtime.gateway';
import { UserEntity } from '../users/user.entity';
import { NotificationEntity } from './notification.entity';
import {
  STORE_NOTIFICATIONS_SQL,
  MARK_ALL_READ_SQL,
  MARK_READ_SQL,
  PUSH_CONTEXT_SQL,
} from './notifications.sql';

export interface NewNotification {
  recipientId: string;
  type: NotificationType;
  actorId: string | null;
  threadId: string | null;
  postId: string | null;
  detail?: string | null;
}

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly realtime: RealtimeGateway,
    private readonly events: DomainEventsService,
  ) {}

  async list(
    viewer: Viewer | null,
    first?: number | null,
    after?: string | null,
    unreadOnly?: boolean | null,
  ) {
    const me = requireActive(viewer);
    const limit = pageSize(first);
    const qb = this.ds
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipient_id = :me', { me: me.id });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    return keysetPage(
      qb,
      limit,
      after,
      [
        { column: 'n.created_at', of: (n) => n.createdAt.toISOString() },
        { column: 'n.id', of: (n) => n.id },
      ],
      'DESC',
    );
  }

  /** Marks the given (or all) notifications of the viewer read; tells the viewer's other tabs. */
  async markRead(viewer: Viewer | null, ids?: string[] | null): Promise<number> {
    const me = requireActive(viewer);
    if (ids && ids.length > 500) throw badInput('Höchstens 500 Benachrichtigungen auf einmal.');
    if (ids && !ids.every(isUuid)) throw badInput('Ungültige Benachrichtigung.', { ids: 'Ungültige ID' });
    const result: [unknown[], number] = ids
      ? await this.ds.query(MARK_READ_SQL, [me.id, ids])
      : await this.ds.query(MARK_ALL_READ_SQL, [me.id]);
    const changed = result[1];
    if (changed > 0) {
      this.realtime.emitToUser(me.id, ServerEvents.notificationCount, {
        unread: await this.realtime.unreadCount(me.id),
      });
    }
    return changed;
  }

  async mentionable(viewer: Viewer | null, search: string, first: number): Promise<UserEntity[]> {
    requireActive(viewer);
    const term = search.trim();
    if (term.length > 80) throw badInput('Der Suchbegriff ist zu lang.', { search: 'Höchstens 80 Zeichen' });
    if (!term) return [];
    const escaped = term.replace(/[\\%_]/g, (c) => `\\${c}`);
    return this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where("u.status = 'ACTIVE'")
      .andWhere('(u.display_name ILIKE :prefix OR u.display_name ILIKE :word)', {
        prefix: `${escaped}%`,
        word: `% ${escaped}%`,
      })
      .orderBy('u.display_name', 'ASC')
      .limit(Math.min(Math.max(first, 1), 20))
      .getMany();
  }

  unreadCount(viewer: Viewer | null): Promise<number> {
    return this.realtime.unreadCount(requireActive(viewer).id);
  }

  /**
   * Notifies people: pushes each notification to its recipient's sockets at once, stores them all in one
   * statement, then pushes every recipient's new unread count. A recipient who is offline finds them
   * stored when they come back.
   *
   * Pushed before stored, on purpose: storing 1,000 rows takes ≈ 40 ms of database time (measured), which
   * kept the last of 1,000 watchers waiting well beyond 50 ms. The ids are made here, so the pushed and the
   * stored notification are the same. Should the insert fail (database down), the recipients keep a
   * notification in their open panel that a reload no longer shows; the error is logged.
   */
  async storeAndDeliver(all: NewNotification[]): Promise<void> {
    if (!all.length) return;
    // In-app turned off for a type (mail/notification-preferences): neither stored nor pushed. Thread
    // title and actor name for the push come with it. One query.
    const [context]: {
      opted_out: { user_id: string; type: string }[];
      threads: { id: string; title: string }[];
      actors: { id: string; displayName: string }[];
    }[] = await this.ds.query(PUSH_CONTEXT_SQL, [
      [...new Set(all.map((i) => i.recipientId))],
      [...new Set(all.map((i) => i.threadId).filter((x): x is string => !!x))],
      [...new Set(all.map((i) => i.actorId).filter((x): x is string => !!x))],
    ]);
    const off = new Set(context.opted_out.map((o) => `${o.user_id}:${o.type}`));
    const threadById = new Map(context.threads.map((t) => [t.id, t]));
    const actorById = new Map(context.actors.map((a) => [a.id, a]));
    const createdAt = new Date();
    const items: CreatedNotification[] = [];
    const unstored: CreatedNotification[] = [];
    for (const i of all) {
      if (off.has(`${i.recipientId}:${i.type}`)) unstored.push({ ...i, id: null, detail: i.detail ?? null });
      else items.push({ ...i, id: randomUUID(), detail: i.detail ?? null });
    }

    this.realtime.emitToUsers(
      items.map((i): UserMessage => [
        i.recipientId,
        ServerEvents.notification,
        {
          id: i.id,
          type: i.type,
          read: false,
          createdAt: createdAt.toISOString(),
          detail: i.detail,
          thread: i.threadId ? (threadById.get(i.threadId) ?? null) : null,
          post: i.postId ? { id: i.postId } : null,
          actor: i.actorId ? (actorById.get(i.actorId) ?? null) : null,
        },
      ]),
    );

    const unread: { recipient_id: string; unread: number }[] = items.length
      ? await this.ds
          .query(STORE_NOTIFICATIONS_SQL, [
            items.map((i) => i.id),
            items.map((i) => i.recipientId),
            items.map((i) => i.type),
            items.map((i) => i.actorId),
            items.map((i) => i.threadId),
            items.map((i) => i.postId),
            items.map((i) => i.detail),
            createdAt,
          ])
          .catch((err: unknown) => {
            this.logger.error(`Pushed notifications could not be stored: ${String(err)}`);
            return [];
          })
      : [];
    // The unstored ones (in-app off) too: the mail module sends e-mails by the recipients' preferences.
    this.events.publish({
      type: 'NotificationsCreated',
      notifications: [...(unread.length ? items : []), ...unstored],
    });
    this.realtime.emitToUsers(
      unread.map((r): UserMessage => [r.recipient_id, ServerEvents.notificationCount, { unread: r.unread }]),
    );
  }
}
