import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotificationType, WatchLevel } from '@forum/shared';
import { DomainEventsService } from '../events/domain-events.service';
import type { EventOf } from '../events/domain-event';
import { WATCH_REPLIED_THREAD_STEP } from '../watches/watches.sql';
import { WatchesService } from '../watches/watches.service';
import { type NewNotification, NotificationsService } from './notifications.service';
import {
  ACTIVE_POST_AUTHOR_AND_THREAD_SQL,
  ACTIVE_POST_AUTHOR_SQL,
  ACTIVE_THREAD_AUTHOR_SQL,
  ACTIVE_USERS_BY_NAME_SQL,
  COPY_THREAD_WATCHES_SQL,
  GLOBAL_MODERATORS_SQL,
  MODERATORS_OF_THREAD_SQL,
} from './notifications.sql';

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
    // Whoever asks or replies follows the thread from then on: part of the write, not of the fan-out.
    this.events.onWrite('ThreadCreated', (e, m) => this.watches.watchImplicitly(e.actorId, e.threadId, m));
    this.events.onWrite(
      'PostCreated',
      (e, m) => this.watches.watchImplicitly(e.actorId, e.threadId, m),
      WATCH_REPLIED_THREAD_STEP,
    );
    this.events.on('ThreadCreated', (e) => this.onThreadCreated(e));
    this.events.on('PostCreated', (e) => this.onPostCreated(e));
    this.events.on('AnswerAccepted', (e) => this.onAnswerAccepted(e));
    this.events.on('PostFlagged', (e) => this.onPostFlagged(e));
    this.events.on('PostHidden', (e) =>
      this.notifyPostAuthor(
        e.postId,
        e.actorId,
        e.hidden
          ? `Ihr Beitrag wurde ausgeblendet: ${e.reason ?? ''}`.trim()
          : 'Ihr Beitrag ist wieder sichtbar.',
      ),
    );
    this.events.on('ThreadModerated', (e) => this.onThreadModerated(e));
    this.events.on('ThreadsMerged', async (e) => {
      // Whoever followed (or muted) the source now does the same for the target.
      await this.ds.query(COPY_THREAD_WATCHES_SQL, [e.sourceThreadId, e.targetThreadId]);
      await this.notifyThreadAuthor(
        e.sourceThreadId,
        e.actorId,
        'Ihre Frage wurde mit einer anderen zusammengeführt.',
        e.targetThreadId,
      );
    });
    this.events.on('UploadRefused', (e) => this.onUploadRefused(e));
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

  private onThreadCreated(e: EventOf<'ThreadCreated'>): Promise<void> {
    return this.notifyWatchers(e, NotificationType.NEW_THREAD);
  }

  private onPostCreated(e: EventOf<'PostCreated'>): Promise<void> {
    return this.notifyWatchers(e, e.official ? NotificationType.OFFICIAL_ANSWER : NotificationType.REPLY);
  }

  /** A new post (or question): whoever watches the thread, and whoever it mentions. */
  private async notifyWatchers(e: EventOf<'PostCreated' | 'ThreadCreated'>, type: NotificationType) {
    const audience = await this.watches.audienceOfThread(e.threadId);
    const byUser = new Map<string, NotificationType>();
    for (const a of audience) if (a.level === WatchLevel.WATCHING) byUser.set(a.userId, type);
    await this.addMentions(byUser, e.mentions, audience);
    await this.deliver(byUser, e.actorId, e.threadId, e.postId);
  }

  private async onAnswerAccepted(e: EventOf<'AnswerAccepted'>): Promise<void> {
    const [post]: { author_id: string }[] = await this.ds.query(ACTIVE_POST_AUTHOR_SQL, [e.postId]);
    if (!post) return;
    const byUser = new Map([[post.author_id, NotificationType.ANSWER_ACCEPTED]]);
    await this.deliver(byUser, e.actorId, e.threadId, e.postId);
  }

  /** The virus scanner refused a file: every moderator learns of it (the file itself was never stored). */
  private async onUploadRefused(e: EventOf<'UploadRefused'>): Promise<void> {
    const moderators: { id: string }[] = await this.ds.query(GLOBAL_MODERATORS_SQL);
    await this.notifications.storeAndDeliver(
      moderators.map((m) => ({
        recipientId: m.id,
        type: NotificationType.MODERATION,
        actorId: e.actorId,
        threadId: null,
        postId: null,
        detail: `Upload abgelehnt: „${e.fileName}“ enthält Schadsoftware (${e.signature}).`,
      })),
    );
  }

  /** Moderators of the post's board (board moderators, MODERATOR, ADMIN) learn of a new flag at once. */
  private async onPostFlagged(e: EventOf<'PostFlagged'>): Promise<void> {
    const moderators: { id: string }[] = await this.ds.query(MODERATORS_OF_THREAD_SQL, [e.threadId]);
    const byUser = new Map(moderators.map((m) => [m.id, NotificationType.FLAG]));
    await this.deliver(byUser, e.actorId, e.threadId, e.postId);
  }

  private async onThreadModerated(e: EventOf<'ThreadModerated'>): Promise<void> {
    const texts: Record<typeof e.action, string> = {
      LOCKED: 'Ihre Frage wurde gesperrt.',
      UNLOCKED: 'Ihre Frage wurde wieder geöffnet.',
      PINNED: 'Ihre Frage wurde angeheftet.',
      UNPINNED: 'Ihre Frage ist nicht mehr angeheftet.',
      MOVED: 'Ihre Frage wurde in ein anderes Thema verschoben.',
      CLOSED: 'Ihre Frage wurde geschlossen.',
      REOPENED: 'Ihre Frage wurde wieder geöffnet.',
    };
    const text = e.reason ? `${texts[e.action]} Grund: ${e.reason}` : texts[e.action];
    await this.notifyThreadAuthor(e.threadId, e.actorId, text);
  }

  private async notifyPostAuthor(postId: string, actorId: string, detail: string): Promise<void> {
    const [row]: { author_id: string; thread_id: string }[] = await this.ds.query(
      ACTIVE_POST_AUTHOR_AND_THREAD_SQL,
      [postId],
    );
    if (!row || row.author_id === actorId) return;
    await this.notifications.storeAndDeliver([
      {
        recipientId: row.author_id,
        type: NotificationType.MODERATION,
        actorId,
        threadId: row.thread_id,
        postId,
        detail,
      },
    ]);
  }

  private async notifyThreadAuthor(
    threadId: string,
    actorId: string,
    detail: string,
    linkThreadId = threadId,
  ): Promise<void> {
    const [row]: { author_id: string }[] = await this.ds.query(ACTIVE_THREAD_AUTHOR_SQL, [threadId]);
    if (!row || row.author_id === actorId) return;
    await this.notifications.storeAndDeliver([
      {
        recipientId: row.author_id,
        type: NotificationType.MODERATION,
        actorId,
        threadId: linkThreadId,
        postId: null,
        detail,
      },
    ]);
  }

  /** "@Anzeigename" notifies that person unless they muted the thread (or its topic/board). */
  private async addMentions(
    byUser: Map<string, NotificationType>,
    candidates: string[],
    audience: { userId: string; level: WatchLevel }[],
  ) {
    if (!candidates.length) return;
    const users: { id: string }[] = await this.ds.query(ACTIVE_USERS_BY_NAME_SQL, [candidates]);
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
