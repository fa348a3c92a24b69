import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotificationType, WatchLevel } from '@forum/shared';
import { DomainEventsService } from '../events/domain-events.service';
import type { EventOf } from '../events/domain-event';
import { WatchesService } from '../watches/watches.service';
import { mentionCandidates } from './mentions';
import { type NewNotification, NotificationsService } from './notifications.service';

// When several reasons apply to one person, they get one notification of the most specific type.
const PRIORITY: NotificationType[] = [
  NotificationType.MENTION,
  NotificationType.OFFICIAL_ANSWER,
  NotificationType.REPLY,
];

/**
 * Turns domain events into stored notifications: who follows what (watches, lead-Land default), who is
 * mentioned, and never the actor themself. Runs after the write committed.
 */
@Injectable()
export class NotificationFanout implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
    private readonly watches: WatchesService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.events.on('ThreadCreated', (e) => this.onThreadCreated(e));
    this.events.on('PostCreated', (e) => this.onPostCreated(e));
    this.events.on('AnswerAccepted', (e) => this.onAnswerAccepted(e));
    this.events.on('UserApproved', (e) =>
      this.notifications.storeAndDeliver([
        {
          recipientId: e.userId,
          type: NotificationType.ACCOUNT,
          actorId: e.actorId,
          threadId: null,
          postId: null,
          detail: 'Ihr Konto wurde freigeschaltet.',
        },
      ]),
    );
  }

  private async onThreadCreated(e: EventOf<'ThreadCreated'>): Promise<void> {
    await this.watches.watchImplicitly(e.actorId, e.threadId);
    const audience = await this.watches.audienceOfThread(e.threadId);
    const byUser = new Map<string, NotificationType>();
    for (const a of audience)
      if (a.level === WatchLevel.WATCHING) byUser.set(a.userId, NotificationType.NEW_THREAD);
    await this.addMentions(byUser, e.postId, audience);
    await this.deliver(byUser, e.actorId, e.threadId, e.postId);
  }

  private async onPostCreated(e: EventOf<'PostCreated'>): Promise<void> {
    await this.watches.watchImplicitly(e.actorId, e.threadId);
    const [post]: { official: boolean; hidden: boolean }[] = await this.ds.query(
      'SELECT official, hidden_at IS NOT NULL OR deleted_at IS NOT NULL AS hidden FROM posts WHERE id = $1',
      [e.postId],
    );
    if (!post || post.hidden) return;
    const audience = await this.watches.audienceOfThread(e.threadId);
    const type = post.official ? NotificationType.OFFICIAL_ANSWER : NotificationType.REPLY;
    const byUser = new Map<string, NotificationType>();
    for (const a of audience) if (a.level === WatchLevel.WATCHING) byUser.set(a.userId, type);
    await this.addMentions(byUser, e.postId, audience);
    await this.deliver(byUser, e.actorId, e.threadId, e.postId);
  }

  private async onAnswerAccepted(e: EventOf<'AnswerAccepted'>): Promise<void> {
    const [post]: { author_id: string }[] = await this.ds.query(
      `SELECT p.author_id FROM posts p JOIN users u ON u.id = p.author_id AND u.status = 'ACTIVE' WHERE p.id = $1`,
      [e.postId],
    );
    if (!post) return;
    const byUser = new Map([[post.author_id, NotificationType.ANSWER_ACCEPTED]]);
    await this.deliver(byUser, e.actorId, e.threadId, e.postId);
  }

  /** "@Anzeigename" notifies that person unless they muted the thread (or its topic/board). */
  private async addMentions(
    byUser: Map<string, NotificationType>,
    postId: string,
    audience: { userId: string; level: WatchLevel }[],
  ) {
    const [post]: { body: string }[] = await this.ds.query('SELECT body FROM posts WHERE id = $1', [postId]);
    const candidates = post ? mentionCandidates(post.body) : [];
    if (!candidates.length) return;
    const users: { id: string }[] = await this.ds.query(
      `SELECT id FROM users WHERE status = 'ACTIVE' AND lower(display_name) = ANY($1)`,
      [candidates],
    );
    const muted = new Set(audience.filter((a) => a.level === WatchLevel.MUTED).map((a) => a.userId));
    for (const u of users) if (!muted.has(u.id)) byUser.set(u.id, NotificationType.MENTION);
  }

  private async deliver(
    byUser: Map<string, NotificationType>,
    actorId: string,
    threadId: string,
    postId: string,
  ) {
    byUser.delete(actorId);
    const items: NewNotification[] = [...byUser.entries()]
      .sort(([, a], [, b]) => PRIORITY.indexOf(a) - PRIORITY.indexOf(b))
      .map(([recipientId, type]) => ({ recipientId, type, actorId, threadId, postId }));
    await this.notifications.storeAndDeliver(items);
  }
}
