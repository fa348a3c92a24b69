import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ThreadState } from '@forum/shared';
import { AttachmentsService } from '../attachments/attachments.service';
import { requireBoardModeration } from '../boards/board-moderators';
import { badInput, DomainError, forbidden, notFound } from '../common/errors/domain-error';
import { isForeignKeyViolation, isUniqueViolation } from '../common/errors/pg-errors';
import type { Viewer } from '../common/graphql/viewer';
import { entityRows } from '../common/loaders/entity-rows';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination/cursor';
import { canEditPost, canModerateBoard, requireActive } from '../common/permissions/permissions';
import type { EventOf } from '../events/domain-event';
import { DomainEventsService } from '../events/domain-events.service';
import { ThreadEntity } from '../threads/thread.entity';
import { ThreadsService } from '../threads/threads.service';
import { boardIdOfTopic } from '../topics/topic-board';
import type { CreatePostInput } from './dto/create-post.input';
import type { EditPostInput } from './dto/edit-post.input';
import { renderMarkdown } from './markdown-renderer';
import { PostRevisionEntity } from './post-revision.entity';
import { insertPost, isOfficialAnswer, newPostFacts, requireImageAlt } from './post-writer';
import { PostEntity } from './post.entity';
import { COUNT_POSTS_OF_THREAD_SQL, COUNT_REPLY_SQL, FIRST_POST_SQL, postsOfThreadSql } from './posts.sql';
import { replyStatementSql } from './reply-statement';

@Injectable()
export class PostsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PostsService.name);
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly threads: ThreadsService,
    private readonly events: DomainEventsService,
    private readonly attachments: AttachmentsService,
  ) {}

  /** The one-statement reply, once every module has registered its write consequences; null: not possible. */
  private replySql: string | null = null;

  onApplicationBootstrap(): void {
    const steps = this.events.statementStepsOf('PostCreated');
    this.replySql = steps && replyStatementSql(entityRows(this.ds, PostEntity).select('p'), steps);
    if (!this.replySql)
      this.logger.warn('A PostCreated write consequence has no statement step: replies take a transaction');
  }

  /**
   * Posts of a thread, oldest first (the question first), keyset-paginated on (created_at, id). Hand-written
   * SQL: the page of every thread view (see entityRows); `total` when the caller loaded it with the thread.
   */
  async listForThread(threadId: string, first?: number | null, after?: string | null, total?: number) {
    const limit = pageSize(first);
    const cursor = after ? decodeCursor(after, ['date', 'uuid']) : null;
    const posts = entityRows(this.ds, PostEntity);
    const [rows, totalCount] = await Promise.all([
      this.ds.query(
        postsOfThreadSql(posts.select('p'), !!cursor),
        cursor ? [threadId, limit + 1, cursor[0], cursor[1]] : [threadId, limit + 1],
      ) as Promise<Record<string, unknown>[]>,
      total ??
        (this.ds.query(COUNT_POSTS_OF_THREAD_SQL, [threadId]) as Promise<{ n: number }[]>).then(
          (r) => r[0].n,
        ),
    ]);
    return toConnection(
      rows.map((row) => posts.map(row)),
      limit,
      (p) => encodeCursor([p.createdAt.toISOString(), p.id]),
      (p) => p,
      totalCount,
    );
  }

  /** Replies to a thread; idempotent by clientId. */
  async create(viewer: Viewer | null, input: CreatePostInput): Promise<PostEntity> {
    const author = requireActive(viewer);
    const clientId = input.clientId ?? null;
    const official = isOfficialAnswer(author, input.official);
    requireImageAlt(input.body);
    try {
      // The common case (no files, an open thread) in one statement; everything else in a transaction.
      const quick = input.attachmentIds?.length
        ? null
        : await this.replyInOneStatement(author, input, clientId, official);
      return quick ?? (await this.createInTransaction(author, input, clientId, official));
    } catch (err) {
      // The same clientId again (a retry, or a concurrent request that won the race): its first result.
      if (clientId && isUniqueViolation(err)) {
        const existing = await this.byClientId(author.id, clientId);
        if (existing) return existing;
      }
      throw err;
    }
  }

  /** See reply-statement.ts; null when the thread is missing or locked (or the statement is not possible). */
  private async replyInOneStatement(
    author: Viewer,
    input: CreatePostInput,
    clientId: string | null,
    official: boolean,
  ): Promise<PostEntity | null> {
    if (!this.replySql) return null;
    const [row]: Record<string, unknown>[] = await this.ds.query(this.replySql, [
      input.threadId,
      author.id,
      author.organisationId,
      official,
      input.body,
      renderMarkdown(input.body),
      clientId,
      new Date(),
    ]);
    if (!row) return null;
    const post = entityRows(this.ds, PostEntity).map(row);
    this.events.publish(this.postCreated(author, post));
    return post;
  }

  private async createInTransaction(
    author: Viewer,
    input: CreatePostInput,
    clientId: string | null,
    official: boolean,
  ): Promise<PostEntity> {
    const existing = clientId && (await this.byClientId(author.id, clientId));
    if (existing) return existing;
    return this.events.transaction(async (write) => {
      const now = new Date();
      const post = await insertPost(
        write.manager,
        author,
        input.threadId,
        input.body,
        clientId,
        now,
        official,
      ).catch((err: unknown) => {
        throw isForeignKeyViolation(err) ? notFound('Die Frage') : err;
      });
      if (input.attachmentIds?.length)
        await this.attachments.setForPost(write.manager, author.id, post.id, input.attachmentIds);
      await write.publish(this.postCreated(author, post));
      await this.countReply(write.manager, author, input.threadId, now);
      return post;
    });
  }

  /** The post an author already created with this clientId (idempotent creates). */
  private byClientId(authorId: string, clientId: string): Promise<PostEntity | null> {
    return this.ds.getRepository(PostEntity).findOneBy({ authorId, clientId });
  }

  private postCreated(author: Viewer, post: PostEntity): EventOf<'PostCreated'> {
    return {
      type: 'PostCreated',
      actorId: author.id,
      threadId: post.threadId,
      postId: post.id,
      ...newPostFacts(post),
    };
  }

  /**
   * Counts the reply on its thread, and refuses it if the thread is locked (unless the author moderates
   * its board). Last in the transaction on purpose: the update also moves the topic's counters (trigger
   * topic_stats), a row every reply in that topic needs, so it is held from here to commit only. The lock
   * is checked on the row version this update writes, so a reply cannot slip past a concurrent lock.
   */
  private async countReply(manager: EntityManager, author: Viewer, threadId: string, now: Date) {
    const count = (bypassLock: boolean) =>
      manager.query(COUNT_REPLY_SQL, [threadId, now, bypassLock]) as Promise<[unknown[], number]>;
    if ((await count(false))[1] === 1) return;
    if (!canModerateBoard(author, await this.threads.boardModeratorIds(manager, threadId)))
      throw forbidden('Diese Frage ist gesperrt; Antworten sind nicht möglich.');
    await count(true);
  }

  async edit(viewer: Viewer | null, input: EditPostInput): Promise<PostEntity> {
    const editor = requireActive(viewer);
    requireImageAlt(input.body);
    return this.events.transaction(async (write) => {
      const repo = write.manager.getRepository(PostEntity);
      const post = await repo
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id: input.postId })
        .getOne();
      if (!post) throw notFound('Der Beitrag');
      const moderators = await this.threads.boardModeratorIds(write.manager, post.threadId);
      if (!canEditPost(editor, post.authorId, moderators))
        throw forbidden('Sie können nur eigene Beiträge bearbeiten.');
      if (post.deletedAt) throw badInput('Ein gelöschter Beitrag kann nicht bearbeitet werden.');
      const files = input.attachmentIds;
      // The files stay the author's: a moderator's edit may keep or drop them, never add others.
      if (files) await this.attachments.setForPost(write.manager, post.authorId, post.id, files);
      if (post.body === input.body && !files) return post;
      await write.manager
        .getRepository(PostRevisionEntity)
        .insert({ postId: post.id, body: post.body, editorId: editor.id });
      post.body = input.body;
      post.bodyHtml = renderMarkdown(input.body);
      post.editedAt = new Date();
      await repo.save(post);
      if (editor.id !== post.authorId) {
        await write.audit({
          actorId: editor.id,
          action: 'POST_EDITED',
          targetType: 'POST',
          targetId: post.id,
        });
      }
      await write.publish({
        type: 'PostUpdated',
        actorId: editor.id,
        threadId: post.threadId,
        postId: post.id,
      });
      return post;
    });
  }

  /** Soft deletion: the post stays as a placeholder so the conversation keeps its shape. */
  async delete(viewer: Viewer | null, postId: string): Promise<PostEntity> {
    const actor = requireActive(viewer);
    return this.events.transaction(async (write) => {
      const repo = write.manager.getRepository(PostEntity);
      const post = await repo
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id: postId })
        .getOne();
      if (!post) throw notFound('Der Beitrag');
      const moderators = await this.threads.boardModeratorIds(write.manager, post.threadId);
      if (!canEditPost(actor, post.authorId, moderators))
        throw forbidden('Sie können nur eigene Beiträge löschen.');
      if (post.deletedAt) return post;
      const threads = write.manager.getRepository(ThreadEntity);
      const thread = await threads
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.id = :id', { id: post.threadId })
        .getOne();
      if (!thread) throw new DomainError('NOT_FOUND', 'Die Frage wurde nicht gefunden.');
      const isQuestion = await this.isFirstPost(write.manager, post);
      post.deletedAt = new Date();
      post.deletedById = actor.id;
      await repo.save(post);
      await this.attachments.postDeleted(write.manager, post.id);
      const update: Partial<ThreadEntity> = {};
      if (!isQuestion && !post.hiddenAt) update.replyCount = Math.max(0, thread.replyCount - 1);
      if (thread.acceptedPostId === post.id) {
        update.acceptedPostId = null;
        update.acceptedAt = null;
        if (thread.state === ThreadState.ANSWERED) update.state = ThreadState.OPEN;
      }
      if (Object.keys(update).length) await threads.update({ id: thread.id }, update);
      if (actor.id !== post.authorId) {
        await write.audit({
          actorId: actor.id,
          action: 'POST_DELETED',
          targetType: 'POST',
          targetId: post.id,
        });
      }
      await write.publish({
        type: 'PostDeleted',
        actorId: actor.id,
        threadId: post.threadId,
        postId: post.id,
      });
      return post;
    });
  }

  /**
   * Hides a post with a reason shown to its author (or shows it again): moderators everywhere, board
   * moderators on their boards. Open flags of a hidden post are resolved with it (moderation/flags.service).
   */
  async hide(viewer: Viewer | null, postId: string, reason: string, hidden: boolean): Promise<PostEntity> {
    const actor = requireActive(viewer);
    return this.events.transaction(async (write) => {
      const repo = write.manager.getRepository(PostEntity);
      const post = await repo
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :postId', { postId })
        .getOne();
      if (!post) throw notFound('Der Beitrag');
      const threads = write.manager.getRepository(ThreadEntity);
      const thread = await threads
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.id = :id', { id: post.threadId })
        .getOne();
      if (!thread) throw notFound('Die Frage');
      const boardId = await boardIdOfTopic(write.manager, thread.topicId);
      if (!boardId) throw notFound('Das Thema');
      await requireBoardModeration(write.manager, actor, boardId);
      if (post.deletedAt) throw badInput('Ein gelöschter Beitrag kann nicht ausgeblendet werden.');
      if ((post.hiddenAt !== null) === hidden) return post;
      const isQuestion = await this.isFirstPost(write.manager, post);
      post.hiddenAt = hidden ? new Date() : null;
      post.hiddenById = hidden ? actor.id : null;
      post.hiddenReason = hidden ? reason : null;
      await repo.update(
        { id: post.id },
        { hiddenAt: post.hiddenAt, hiddenById: post.hiddenById, hiddenReason: post.hiddenReason },
      );
      if (!isQuestion) {
        await threads.update(
          { id: thread.id },
          { replyCount: hidden ? Math.max(0, thread.replyCount - 1) : thread.replyCount + 1 },
        );
      }
      await write.audit({
        actorId: actor.id,
        action: hidden ? 'POST_HIDDEN' : 'POST_UNHIDDEN',
        targetType: 'POST',
        targetId: post.id,
        reason,
      });
      await write.publish({
        type: 'PostHidden',
        actorId: actor.id,
        threadId: post.threadId,
        postId: post.id,
        hidden,
        reason: hidden ? reason : null,
      });
      return post;
    });
  }

  async isFirstPost(manager: EntityManager, post: PostEntity): Promise<boolean> {
    const rows: { id: string }[] = await manager.query(FIRST_POST_SQL, [post.threadId]);
    return rows[0]?.id === post.id;
  }

  revisions(postId: string) {
    return this.ds
      .getRepository(PostRevisionEntity)
      .find({ where: { postId }, order: { createdAt: 'DESC' } });
  }
}
