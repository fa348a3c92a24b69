import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ActivityPayload, ServerEvents } from '@forum/shared';
import { DomainEventsService } from '../events/domain-events.service';
import { ACTIVITY_COLUMNS, activityJoins, activityParts, type ActivityRow } from './activity-row';
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
    const [row]: ActivityRow[] = await this.ds.query(
      `SELECT ${ACTIVITY_COLUMNS}
         FROM (SELECT $1::uuid AS actor_id, $2::uuid AS thread_id) x ${activityJoins('x')}`,
      [actorId, threadId],
    );
    const payload: ActivityPayload = { kind, at: new Date().toISOString(), ...activityParts(row) };
    this.gateway.server.to(rooms.activity).emit(ServerEvents.activity, payload);
  }
}
