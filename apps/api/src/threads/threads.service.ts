import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type QuestionProgress, ThreadState } from '@forum/shared';
import { AuditService } from '../audit/audit.service';
import type { DomainEvent } from '../events/domain-event';
import { DomainEventsService } from '../events/domain-events.service';
import { canAcceptAnswer, requireActive } from '../common/permissions/permissions';
import { badInput, forbidden, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { pageSize } from '../common/pagination/cursor';
import { keysetPage } from '../common/pagination/keyset-page';
import { isUuid } from '../common/validation/is-uuid';
import { isUniqueViolation } from '../common/errors/pg-errors';
import { PostEntity } from '../posts/post.entity';
import { insertPost, newPostFacts } from '../posts/post-writer';
import { PostsService } from '../posts/posts.service';
import { TopicEntity } from '../topics/topic.entity';
import type { CreateThreadInput } from '../posts/dto/create-thread.input';
import { entityRows } from '../common/loaders/entity-rows';
import { UserEntity } from '../users/user.entity';
import { ThreadEntity } from './thread.entity';
import { progressSql } from './thread-progress';

export interface ThreadListOptions {
  first?: number | null;
  after?: string | null;
  state?: ThreadState | null;
  progress?: QuestionProgress | null;
  /** The total when the caller has it (the topic's counters), instead of counting. */
  total?: Promise<number>;
}

@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly posts: PostsService,
    private readonly audit: AuditService,
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
      await this.ds.query(
        `SELECT ${threads.select('t')}, ${users.select('a', 'a_')},
              (SELECT count(*) FROM posts p WHERE p.thread_id = t.id)::int AS post_count
         FROM threads t LEFT JOIN users a ON a.id = t.author_id
        WHERE t.id = (SELECT COALESCE(m.merged_into_id, m.id) FROM threads m WHERE m.id = $1)`,
        [id],
      );
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

  /** Asks a question: the thread and its first post are written together or not at all. */
  async create(viewer: Viewer | null, input: CreateThreadInput): Promise<ThreadEntity> {
    const author = requireActive(viewer);
    const clientId = input.clientId ?? null;
    const repo = this.ds.getRepository(ThreadEntity);
    if (clientId) {
      const existing = await repo.findOneBy({ authorId: author.id, clientId });
      if (existing) return existing;
    }
    try {
      const { thread, event } = await this.ds.transaction(async (manager) => {
        const topic = await manager.getRepository(TopicEntity).findOneBy({ id: input.topicId });
        if (!topic) throw notFound('Das Thema');
        if (topic.archived) throw forbidden('Dieses Thema ist archiviert; neue Fragen sind nicht möglich.');
        const now = new Date();
        const thread = await manager.getRepository(ThreadEntity).save(
          manager.getRepository(ThreadEntity).create({
            topicId: topic.id,
            authorId: author.id,
            title: input.title,
            state: ThreadState.OPEN,
            lastActivityAt: now,
            clientId,
            createdAt: now,
          }),
        );
        const post = await insertPost(manager, author, thread.id, input.body, null, now, false);
        const event: DomainEvent = {
          type: 'ThreadCreated',
          actorId: author.id,
          threadId: thread.id,
          topicId: thread.topicId,
          postId: post.id,
          ...newPostFacts(post),
        };
        await this.events.withinWrite(manager, event);
        return { thread, event };
      });
      this.events.publish(event);
      return thread;
    } catch (err) {
      if (clientId && isUniqueViolation(err)) {
        const existing = await repo.findOneBy({ authorId: author.id, clientId });
        if (existing) return existing;
      }
      throw err;
    }
  }

  /** The asker (or a moderator of the board) marks a reply as the solution; the thread becomes ANSWERED. */
  async acceptAnswer(viewer: Viewer | null, postId: string): Promise<ThreadEntity> {
    const actor = requireActive(viewer);
    if (!isUuid(postId)) throw notFound('Der Beitrag');
    let changed = false;
    const accepted = await this.ds.transaction(async (manager) => {
      const post = await manager.getRepository(PostEntity).findOneBy({ id: postId });
      if (!post) throw notFound('Der Beitrag');
      const threads = manager.getRepository(ThreadEntity);
      const thread = await threads
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.id = :id', { id: post.threadId })
        .getOne();
      if (!thread) throw notFound('Die Frage');
      const moderators = await this.posts.boardModeratorIds(manager, thread.id);
      if (!canAcceptAnswer(actor, thread.authorId, moderators)) {
        throw forbidden(
          'Nur die fragende Person oder die Moderation kann eine Antwort als Lösung markieren.',
        );
      }
      if (post.deletedAt || post.hiddenAt)
        throw badInput('Dieser Beitrag kann nicht als Lösung markiert werden.');
      if (await this.posts.isFirstPost(manager, post))
        throw badInput('Die Frage selbst kann keine Lösung sein.');
      if (thread.acceptedPostId === post.id) return thread;
      if (thread.state === ThreadState.CLOSED)
        throw badInput('Diese Frage ist geschlossen; eine Lösung kann nicht mehr markiert werden.');
      changed = true;
      const now = new Date();
      thread.acceptedPostId = post.id;
      thread.acceptedAt = now;
      thread.state = ThreadState.ANSWERED;
      thread.lastActivityAt = now;
      await threads.save(thread);
      if (actor.id !== thread.authorId) {
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'ANSWER_ACCEPTED',
          targetType: 'POST',
          targetId: post.id,
        });
      }
      return thread;
    });
    if (changed) {
      this.events.publish({ type: 'AnswerAccepted', actorId: actor.id, threadId: accepted.id, postId });
    }
    return accepted;
  }
}
