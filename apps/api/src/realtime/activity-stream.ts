import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ActivityPayload, ServerEvents } from '@forum/shared';
import { DomainEventsService } from '../events/domain-events.service';
import { RealtimeGateway, rooms } from './realtime.gateway';

/**
 * The live activity stream of the presenter view (AL-Runde demo): public forum activity, described
 * with names and titles, sent to sockets in the `activity` room. Nothing private goes here: flags and
 * hidden posts appear without their content or reporter.
 */
@Injectable()
export class ActivityStream implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
    private readonly gateway: RealtimeGateway,
  ) {}

  onModuleInit(): void {
    this.events.on('ThreadCreated', (e) => this.send('QUESTION', e.actorId, e.threadId));
    this.events.on('PostCreated', async (e) => {
      const [post]: { official: boolean }[] = await this.ds.query(
        'SELECT official FROM posts WHERE id = $1',
        [e.postId],
      );
      await this.send(post?.official ? 'OFFICIAL_ANSWER' : 'ANSWER', e.actorId, e.threadId);
    });
    this.events.on('AnswerAccepted', (e) => this.send('ANSWER_ACCEPTED', e.actorId, e.threadId));
    this.events.on('UserApproved', (e) => this.send('ACCOUNT_APPROVED', e.userId, null));
    this.events.on('PostFlagged', (e) => this.send('POST_FLAGGED', null, e.threadId));
    this.events.on('PostHidden', (e) => (e.hidden ? this.send('POST_HIDDEN', null, e.threadId) : undefined));
  }

  private async send(
    kind: ActivityPayload['kind'],
    actorId: string | null,
    threadId: string | null,
  ): Promise<void> {
    const [actor]: { displayName: string; organisation: string }[] = actorId
      ? await this.ds.query(
          `SELECT CASE WHEN u.status = 'DELETED' THEN 'Gelöschtes Konto' ELSE u.display_name END AS "displayName", o.name AS organisation
             FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`,
          [actorId],
        )
      : [];
    const [thread]: { id: string; title: string; topic_id: string; topic_title: string }[] = threadId
      ? await this.ds.query(
          `SELECT th.id, th.title, t.id AS topic_id, t.title AS topic_title FROM threads th JOIN topics t ON t.id = th.topic_id WHERE th.id = $1`,
          [threadId],
        )
      : [];
    const payload: ActivityPayload = {
      kind,
      at: new Date().toISOString(),
      actor: actor ?? null,
      thread: thread ? { id: thread.id, title: thread.title } : null,
      topic: thread ? { id: thread.topic_id, title: thread.topic_title } : null,
    };
    this.gateway.server.to(rooms.activity).emit(ServerEvents.activity, payload);
  }
}
