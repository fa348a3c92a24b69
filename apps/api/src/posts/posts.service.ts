import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ThreadState } from '@forum/shared';
import { AuditService } from '../audit/audit.service';
import type { DomainEvent } from '../events/domain-event';
import { DomainEventsService } from '../events/domain-events.service';
import { canEditPost, canModerateBoard, requireActive } from '../common/permissions/permissions';
import { badInput, DomainError, forbidden, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination/cursor';
import { entityRows } from '../common/loaders/entity-rows';
import { isForeignKeyViolation, isUniqueViolation } from '../common/errors/pg-errors';
import { ThreadEntity } from '../threads/thread.entity';
import type { CreatePostInput } from './dto/create-post.input';
import type { EditPostInput } from './dto/edit-post.input';
import { renderMarkdown } from './markdown-renderer';
import { PostRevisionEntity } from './post-revision.entity';
import { insertPost, isOfficialAnswer, newPostFacts } from './post-writer';
import { PostEntity } from './post.entity';

@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly events: DomainEventsService,
  ) {}

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
        `SELECT ${posts.select('p')} FROM posts p
          WHERE p.thread_id = $1 ${cursor ? 'AND (p.created_at, p.id) > ($3::timestamptz, $4::uuid)' : ''}
          ORDER BY p.created_at, p.id LIMIT $2`,
        cursor ? [threadId, limit + 1, cursor[0], cursor[1]] : [threadId, limit + 1],
      ) as Promise<Record<string, unknown>[]>,
      total ??
        (
          this.ds.query('SELECT count(*)::int AS n FROM posts WHERE thread_id = $1', [threadId]) as Promise<
            { n: number }[]
          >
        ).then((r) => r[0].n),
    ]);
    return toConnection(
      rows.map((row) => posts.map(row)),
      limit,
      (p) => encodeCursor([p.createdAt.toISOString(), p.id]),
      (p) => p,
      totalCount,
    );
  }

  /** Board moderators of the board a thread lives in. */
  async boardModeratorIds(manager: EntityManager, threadId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT bm.user_id FROM threads th JOIN topics t ON t.id = th.topic_id
         JOIN board_moderators bm ON bm.board_id = t.board_id WHERE th.id = $1`,
      [threadId],
    );
    return rows.map((r) => r.user_id);
  }

  async create(viewer: Viewer | null, input: CreatePostInput): Promise<PostEntity> {
    const author = requireActive(viewer);
    const clientId = input.clientId ?? null;
    if (clientId) {
      const existing = await this.ds.getRepository(PostEntity).findOneBy({ authorId: author.id, clientId });
      if (existing) return existing;
    }
    try {
      const { post, event } = await this.ds.transaction(async (manager) => {
        const now = new Date();
        const official = isOfficialAnswer(author, input.official);
        const post = await insertPost(
          manager,
          author,
          input.threadId,
          input.body,
          clientId,
          now,
          official,
        ).catch((err: unknown) => {
          throw isForeignKeyViolation(err) ? notFound('Die Frage') : err;
        });
        const event: DomainEvent = {
          type: 'PostCreated',
          actorId: author.id,
          threadId: post.threadId,
          postId: post.id,
          ...newPostFacts(post),
        };
        await this.events.withinWrite(manager, event);
        await this.countReply(manager, author, input.threadId, now);
        return { post, event };
      });
      this.events.publish(event);
      return post;
    } catch (err) {
      // A concurrent request with the same clientId won the race: answer with its result.
      if (clientId && isUniqueViolation(err)) {
        const existing = await this.ds.getRepository(PostEntity).findOneBy({ authorId: author.id, clientId });
        if (existing) return existing;
      }
      throw err;
    }
  }

  /**
   * Counts the reply on its thread, and refuses it if the thread is locked (unless the author moderates
   * its board). Last in the transaction on purpose: the update also moves the topic's counters (trigger
   * topic_stats), a row every reply in that topic needs, so it is held from here to commit only. The lock
   * is checked on the row version this update writes, so a reply cannot slip past a concurrent lock.
   */
  private async countReply(manager: EntityManager, author: Viewer, threadId: string, now: Date) {
    const count = (bypassLock: boolean) =>
      manager.query(
        `UPDATE threads SET reply_count = reply_count + 1, last_activity_at = $2, updated_at = now()
          WHERE id = $1 AND (NOT locked OR $3) RETURNING id`,
        [threadId, now, bypassLock],
      ) as Promise<[unknown[], number]>;
    if ((await count(false))[1] === 1) return;
    if (!canModerateBoard(author, await this.boardModeratorIds(manager, threadId)))
      throw forbidden('Diese Frage ist gesperrt; Antworten sind nicht möglich.');
    await count(true);
  }

  async edit(viewer: Viewer | null, input: EditPostInput): Promise<PostEntity> {
    const editor = requireActive(viewer);
    let changed = false;
    const edited = await this.ds.transaction(async (manager) => {
      const repo = manager.getRepository(PostEntity);
      const post = await repo
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id: input.postId })
        .getOne();
      if (!post) throw notFound('Der Beitrag');
      const moderators = await this.boardModeratorIds(manager, post.threadId);
      if (!canEditPost(editor, post.authorId, moderators))
        throw forbidden('Sie können nur eigene Beiträge bearbeiten.');
      if (post.deletedAt) throw badInput('Ein gelöschter Beitrag kann nicht bearbeitet werden.');
      if (post.body === input.body) return post;
      await manager
        .getRepository(PostRevisionEntity)
        .insert({ postId: post.id, body: post.body, editorId: editor.id });
      post.body = input.body;
      post.bodyHtml = renderMarkdown(input.body);
      post.editedAt = new Date();
      await repo.save(post);
      if (editor.id !== post.authorId) {
        await this.audit.record(manager, {
          actorId: editor.id,
          action: 'POST_EDITED',
          targetType: 'POST',
          targetId: post.id,
        });
      }
      changed = true;
      return post;
    });
    if (changed) {
      this.events.publish({
        type: 'PostUpdated',
        actorId: editor.id,
        threadId: edited.threadId,
        postId: edited.id,
      });
    }
    return edited;
  }

  /** Soft deletion: the post stays as a placeholder so the conversation keeps its shape. */
  async delete(viewer: Viewer | null, postId: string): Promise<PostEntity> {
    const actor = requireActive(viewer);
    let changed = false;
    const deleted = await this.ds.transaction(async (manager) => {
      const repo = manager.getRepository(PostEntity);
      const post = await repo
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id: postId })
        .getOne();
      if (!post) throw notFound('Der Beitrag');
      const moderators = await this.boardModeratorIds(manager, post.threadId);
      if (!canEditPost(actor, post.authorId, moderators))
        throw forbidden('Sie können nur eigene Beiträge löschen.');
      if (post.deletedAt) return post;
      changed = true;
      const threads = manager.getRepository(ThreadEntity);
      const thread = await threads
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.id = :id', { id: post.threadId })
        .getOne();
      if (!thread) throw new DomainError('NOT_FOUND', 'Die Frage wurde nicht gefunden.');
      const isQuestion = await this.isFirstPost(manager, post);
      post.deletedAt = new Date();
      post.deletedById = actor.id;
      await repo.save(post);
      const update: Partial<ThreadEntity> = {};
      if (!isQuestion && !post.hiddenAt) update.replyCount = Math.max(0, thread.replyCount - 1);
      if (thread.acceptedPostId === post.id) {
        update.acceptedPostId = null;
        update.acceptedAt = null;
        if (thread.state === ThreadState.ANSWERED) update.state = ThreadState.OPEN;
      }
      if (Object.keys(update).length) await threads.update({ id: thread.id }, update);
      if (actor.id !== post.authorId) {
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'POST_DELETED',
          targetType: 'POST',
          targetId: post.id,
        });
      }
      return post;
    });
    if (changed) {
      this.events.publish({
        type: 'PostDeleted',
        actorId: actor.id,
        threadId: deleted.threadId,
        postId: deleted.id,
      });
    }
    return deleted;
  }

  async isFirstPost(manager: EntityManager, post: PostEntity): Promise<boolean> {
    const rows: { id: string }[] = await manager.query(
      'SELECT id FROM posts WHERE thread_id = $1 ORDER BY created_at, id LIMIT 1',
      [post.threadId],
    );
    return rows[0]?.id === post.id;
  }

  revisions(postId: string) {
    return this.ds
      .getRepository(PostRevisionEntity)
      .find({ where: { postId }, order: { createdAt: 'DESC' } });
  }
}
