import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type QuestionProgress, ThreadState } from '@forum/shared';
import { badInput, forbidden, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { entityRows } from '../common/loaders/entity-rows';
import { pageSize } from '../common/pagination/cursor';
import { keysetPage } from '../common/pagination/keyset-page';
import { canAcceptAnswer, requireActive } from '../common/permissions/permissions';
import { isUuid } from '../common/validation/is-uuid';
import { DomainEventsService } from '../events/domain-events.service';
import { UserEntity } from '../users/user.entity';
import { ThreadEntity } from './thread.entity';
import { progressSql } from './thread-progress';
import { MODERATORS_OF_THREAD_SQL, TAGGED_SQL, threadPageSql } from './threads.sql';

export interface ThreadListOptions {
  first?: number | null;
  after?: string | null;
  state?: ThreadState | null;
  progress?: QuestionProgress | null;
  /** Only questions with this tag. */
  tagId?: string | null;
  /** The total when the caller has it (the topic's counters), instead of counting. */
  total?: Promise<number>;
}

@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
  ) {}

  async byId(viewer: Viewer | null, id: string): Promise<ThreadEntity | null> {
    requireActive(viewer);
    if (!isUuid(id)) return null;
    // A thread merged into another one answers with its target (moderation: mergeThreads). The author
    // and the number of posts come in the same statement: the thread page needs both.
    const threads = entityRows(this.ds, ThreadEntity);
    const users = entityRows(this.ds, UserEntity);
    const [row]: (Record<string, unknown> & { post_count: number; a_id: string | null })[] =
      await this.ds.query(threadPageSql(threads.select('t'), users.select('a', 'a_')), [id]);
    if (!row) return null;
    const thread = threads.map(row);
    thread.authorRow = row.a_id ? users.map(row, 'a_') : null;
    thread.postCount = row.post_count;
    return thread;
  }

  /** Keyset pagination on (pinned, last_activity_at, id), all descending; served by threads_topic_*_idx. */
  async listForTopic(viewer: Viewer | null, topicId: string, opts: ThreadListOptions) {
    requireActive(viewer);
    const limit = pageSize(opts.first);
    const qb = this.ds
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .where('t.topic_id = :topicId AND t.merged_into_id IS NULL', { topicId });
    if (opts.state) qb.andWhere('t.state = :state', { state: opts.state });
    if (opts.progress) qb.andWhere(progressSql('t', opts.progress));
    if (opts.tagId) qb.andWhere(TAGGED_SQL, { tagId: opts.tagId });
    return keysetPage(
      qb,
      limit,
      opts.after,
      [
        { column: 't.pinned', of: (t) => t.pinned },
        { column: 't.last_activity_at', of: (t) => t.lastActivityAt.toISOString() },
        { column: 't.id', of: (t) => t.id },
      ],
      'DESC',
      opts.total,
    );
  }

  /** The tag page: questions with tag `tagId` across all services, most recent activity first. */
  async listForTag(viewer: Viewer | null, tagId: string, opts: Omit<ThreadListOptions, 'total' | 'tagId'>) {
    requireActive(viewer);
    const qb = this.ds
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .where('t.merged_into_id IS NULL')
      .andWhere(TAGGED_SQL, { tagId });
    if (opts.state) qb.andWhere('t.state = :state', { state: opts.state });
    if (opts.progress) qb.andWhere(progressSql('t', opts.progress));
    return keysetPage(
      qb,
      pageSize(opts.first),
      opts.after,
      [
        { column: 't.last_activity_at', of: (t) => t.lastActivityAt.toISOString() },
        { column: 't.id', of: (t) => t.id },
      ],
      'DESC',
    );
  }

  /** "Meine Fragen": the viewer's own questions, most recent activity first. */
  async mine(viewer: Viewer | null, opts: Omit<ThreadListOptions, 'total'>) {
    const me = requireActive(viewer);
    const limit = pageSize(opts.first);
    const qb = this.ds
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .where('t.author_id = :me', { me: me.id })
      .andWhere('t.merged_into_id IS NULL');
    if (opts.state) qb.andWhere('t.state = :state', { state: opts.state });
    if (opts.progress) qb.andWhere(progressSql('t', opts.progress));
    return keysetPage(
      qb,
      limit,
      opts.after,
      [
        { column: 't.last_activity_at', of: (t) => t.lastActivityAt.toISOString() },
        { column: 't.id', of: (t) => t.id },
      ],
      'DESC',
    );
  }

  /** The asker (or a moderator of the board) reopens an answered question; the accepted answer is unmarked. */
  async reopen(viewer: Viewer | null, threadId: string): Promise<ThreadEntity> {
    const actor = requireActive(viewer);
    if (!isUuid(threadId)) throw notFound('Die Frage');
    return this.events.transaction(async (write) => {
      const repo = write.manager.getRepository(ThreadEntity);
      const row = await repo
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.id = :threadId', { threadId })
        .getOne();
      if (!row) throw notFound('Die Frage');
      const moderators = await this.boardModeratorIds(write.manager, row.id);
      if (!canAcceptAnswer(actor, row.authorId, moderators)) {
        throw forbidden('Nur die fragende Person oder die Moderation kann die Frage wieder öffnen.');
      }
      if (row.state !== ThreadState.ANSWERED)
        throw badInput('Nur beantwortete Fragen können wieder geöffnet werden.');
      row.state = ThreadState.OPEN;
      row.acceptedPostId = null;
      row.acceptedAt = null;
      await repo.save(row);
      if (actor.id !== row.authorId) {
        await write.audit({
          actorId: actor.id,
          action: 'THREAD_REOPENED',
          targetType: 'THREAD',
          targetId: row.id,
        });
      }
      await write.publish({ type: 'ThreadReopened', actorId: actor.id, threadId: row.id });
      return row;
    });
  }

  /** Board moderators of the board a thread lives in (inside the caller's transaction). */
  async boardModeratorIds(manager: EntityManager, threadId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(MODERATORS_OF_THREAD_SQL, [threadId]);
    return rows.map((r) => r.user_id);
  }
}
