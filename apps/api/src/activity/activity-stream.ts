import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ActivityPayload, ServerEvents } from '@forum/shared';
import { DomainEventsService } from '../events/domain-events.service';
import { activityParts, type ActivityRow, approvalKind } from './activity-row';
import { ACTIVITY_OF_SQL } from './activity.sql';
import { RealtimeGateway, rooms } from '../realtime/realtime.gateway';

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
    this.events.on('ThreadCreated', (e) => this.send('QUESTION', e.actorId, e.threadId, null));
    this.events.on('PostCreated', (e) =>
      this.send(e.official ? 'OFFICIAL_ANSWER' : 'ANSWER', e.actorId, e.threadId, e.postId),
    );
    this.events.on('AnswerAccepted', (e) => this.send('ANSWER_ACCEPTED', e.actorId, e.threadId, e.postId));
    this.events.on('UserApproved', (e) => this.send(approvalKind, e.userId, null, null));
    this.events.on('PostFlagged', (e) => this.send('POST_FLAGGED', null, e.threadId, e.postId));
    this.events.on('PostHidden', (e) =>
      e.hidden ? this.send('POST_HIDDEN', null, e.threadId, e.postId) : undefined,
    );
  }

  private async send(
    kind: ActivityPayload['kind'] | ((row: ActivityRow | undefined) => ActivityPayload['kind']),
    actorId: string | null,
    threadId: string | null,
    postId: string | null,
  ): Promise<void> {
    if (!this.gateway.mayHaveListeners(rooms.activity)) return;
    // Actor and thread in one statement; either may be absent (LEFT JOINs on a single row).
    const [row]: ActivityRow[] = await this.ds.query(ACTIVITY_OF_SQL, [actorId, threadId]);
    const payload: ActivityPayload = {
      kind: typeof kind === 'function' ? kind(row) : kind,
      at: new Date().toISOString(),
      ...activityParts(row),
      postId,
    };
    this.gateway.server.to(rooms.activity).emit(ServerEvents.activity, payload);
  }
}
