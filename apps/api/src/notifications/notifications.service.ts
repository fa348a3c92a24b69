import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ServerEvents, type NotificationType } from '@forum/shared';
import { requireActive } from '../auth/permissions';
import { badInput } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { pageSize } from '../common/pagination/cursor';
import { keysetPage } from '../common/pagination/keyset-page';
import { isUuid } from '../common/validation/is-uuid';
import { DomainEventsService } from '../events/domain-events.service';
import { RealtimeGateway, type UserMessage } from '../realtime/realtime.gateway';
import { UserEntity } from '../users/user.entity';
import { NotificationEntity } from './notification.entity';

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
      ? await this.ds.query(
          'UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL AND id = ANY($2)',
          [me.id, ids],
        )
      : await this.ds.query(
          'UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL',
          [me.id],
        );
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
   * Stores notifications first (one statement), then delivers each to its recipient's sockets with the
   * new unread count. A recipient who is offline finds them stored when they come back.
   */
  async storeAndDeliver(all: NewNotification[]): Promise<void> {
    if (!all.length) return;
    // In-app turned off for a type (mail/notification-preferences): neither stored nor pushed. One query.
    const optedOut: { user_id: string; type: string }[] = await this.ds.query(
      'SELECT user_id, type FROM notification_preferences WHERE NOT in_app AND user_id = ANY($1)',
      [[...new Set(all.map((i) => i.recipientId))]],
    );
    const off = new Set(optedOut.map((o) => `${o.user_id}:${o.type}`));
    const items = all.filter((i) => !off.has(`${i.recipientId}:${i.type}`));
    const rows: {
      id: string;
      recipient_id: string;
      type: NotificationType;
      created_at: Date;
      detail: string | null;
      thread_id: string | null;
      post_id: string | null;
      actor_id: string | null;
      unread: number;
    }[] = await this.ds.query(
      // The unread count is read in the same statement; it cannot see the rows just inserted (one
      // snapshot), hence the + 1 per new notification of that recipient.
      `WITH inserted AS (
         INSERT INTO notifications (recipient_id, type, actor_id, thread_id, post_id, detail)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[])
         RETURNING id, recipient_id, type, created_at, detail, thread_id, post_id, actor_id)
       SELECT i.*, (SELECT count(*) FROM notifications n WHERE n.recipient_id = i.recipient_id AND n.read_at IS NULL)::int
                   + (count(*) OVER (PARTITION BY i.recipient_id))::int AS unread
         FROM inserted i`,
      [
        items.map((i) => i.recipientId),
        items.map((i) => i.type),
        items.map((i) => i.actorId),
        items.map((i) => i.threadId),
        items.map((i) => i.postId),
        items.map((i) => i.detail ?? null),
      ],
    );
    this.events.publish({
      type: 'NotificationsCreated',
      notifications: [
        ...rows.map((r) => ({
          id: r.id,
          recipientId: r.recipient_id,
          type: r.type,
          actorId: r.actor_id,
          threadId: r.thread_id,
          postId: r.post_id,
          detail: r.detail,
        })),
        ...all
          .filter((i) => off.has(`${i.recipientId}:${i.type}`))
          .map((i) => ({ ...i, id: null, detail: i.detail ?? null })),
      ],
    });
    if (!rows.length) return;
    const threadIds = [...new Set(rows.map((r) => r.thread_id).filter((x): x is string => !!x))];
    const actorIds = [...new Set(rows.map((r) => r.actor_id).filter((x): x is string => !!x))];
    const [threads, actors] = await Promise.all([
      threadIds.length ? this.ds.query('SELECT id, title FROM threads WHERE id = ANY($1)', [threadIds]) : [],
      actorIds.length
        ? this.ds.query(
            `SELECT id, CASE WHEN status = 'DELETED' THEN 'Gelöschtes Konto' ELSE display_name END AS "displayName" FROM users WHERE id = ANY($1)`,
            [actorIds],
          )
        : [],
    ]);
    const threadById = new Map((threads as { id: string; title: string }[]).map((t) => [t.id, t]));
    const actorById = new Map((actors as { id: string; displayName: string }[]).map((a) => [a.id, a]));
    const messages: UserMessage[] = [];
    for (const r of rows) {
      messages.push([
        r.recipient_id,
        ServerEvents.notification,
        {
          id: r.id,
          type: r.type,
          read: false,
          createdAt: r.created_at.toISOString(),
          detail: r.detail,
          thread: r.thread_id ? (threadById.get(r.thread_id) ?? null) : null,
          post: r.post_id ? { id: r.post_id } : null,
          actor: r.actor_id ? (actorById.get(r.actor_id) ?? null) : null,
        },
      ]);
    }
    const unreadByRecipient = new Map(rows.map((r) => [r.recipient_id, r.unread]));
    for (const [recipientId, unread] of unreadByRecipient) {
      messages.push([recipientId, ServerEvents.notificationCount, { unread }]);
    }
    this.realtime.emitToUsers(messages);
  }
}
