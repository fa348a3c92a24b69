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
    this.events.on('PostCreated', (e) =>
      this.send(e.official ? 'OFFICIAL_ANSWER' : 'ANSWER', e.actorId, e.threadId),
    );
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
    if (!this.gateway.mayHaveListeners(rooms.activity)) return;
    // Actor and thread in one statement; either may be absent (LEFT JOINs on a single row).
    const [row]: {
      display_name: string | null;
      organisation: string | null;
      thread_id: string | null;
      title: string | null;
      topic_id: string | null;
      topic_title: string | null;
    }[] = await this.ds.query(
      `SELECT CASE WHEN u.status = 'DELETED' THEN 'Gelöschtes Konto' ELSE u.display_name END AS display_name,
              o.name AS organisation, th.id AS thread_id, th.title, t.id AS topic_id, t.title AS topic_title
         FROM (SELECT $1::uuid AS actor_id, $2::uuid AS thread_id) x
         LEFT JOIN users u ON u.id = x.actor_id LEFT JOIN organisations o ON o.id = u.organisation_id
         LEFT JOIN threads th ON th.id = x.thread_id LEFT JOIN topics t ON t.id = th.topic_id`,
      [actorId, threadId],
    );
    const payload: ActivityPayload = {
      kind,
      at: new Date().toISOString(),
      actor:
        row?.display_name != null
          ? { displayName: row.display_name, organisation: row.organisation ?? '' }
          : null,
      thread: row?.thread_id ? { id: row.thread_id, title: row.title! } : null,
      topic: row?.topic_id ? { id: row.topic_id, title: row.topic_title! } : null,
    };
    this.gateway.server.to(rooms.activity).emit(ServerEvents.activity, payload);
  }
}
