import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ThreadState } from '@forum/shared';
import { AuditService } from '../audit/audit.service';
import { requireActive } from '../common/permissions/permissions';
import { badInput, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { isUuid } from '../common/validation/is-uuid';
import type { DomainEvent } from '../events/domain-event';
import { DomainEventsService } from '../events/domain-events.service';
import { PostEntity } from '../posts/post.entity';
import { PostsService } from '../posts/posts.service';
import { ThreadEntity } from '../threads/thread.entity';
import { TopicEntity } from '../topics/topic.entity';
import { FlagsService } from './flags.service';
import { boardIdOfTopic, requireBoardModeration } from '../boards/board-moderators';

type ThreadFlag = 'locked' | 'pinned';

/** The moderator's own words after the fact the log states anyway (from/to of a move, a merge target). */
const withReason = (fact: string, reason?: string | null) => (reason ? `${reason} (${fact})` : fact);

const FLAG_ACTIONS = {
  locked: { on: 'LOCKED', off: 'UNLOCKED' },
  pinned: { on: 'PINNED', off: 'UNPINNED' },
} as const;

/** Lock, pin, move, merge and hide: moderators everywhere, board moderators on their own boards. */
@Injectable()
export class ThreadModerationService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly posts: PostsService,
    private readonly flags: FlagsService,
    private readonly audit: AuditService,
    private readonly events: DomainEventsService,
  ) {}

  setLocked(viewer: Viewer | null, threadId: string, locked: boolean, reason?: string | null) {
    return this.setFlag(viewer, threadId, 'locked', locked, reason);
  }

  setPinned(viewer: Viewer | null, threadId: string, pinned: boolean) {
    return this.setFlag(viewer, threadId, 'pinned', pinned);
  }

  private async setFlag(
    viewer: Viewer | null,
    threadId: string,
    field: ThreadFlag,
    value: boolean,
    reason?: string | null,
  ): Promise<ThreadEntity> {
    const actor = requireActive(viewer);
    let changed = false;
    const thread = await this.ds.transaction(async (manager) => {
      const thread = await this.lockOpenThread(manager, threadId);
      await requireBoardModeration(manager, actor, await this.boardOf(manager, thread));
      if (thread[field] === value) return thread;
      changed = true;
      thread[field] = value;
      await manager.getRepository(ThreadEntity).update({ id: thread.id }, { [field]: value });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: `THREAD_${value ? FLAG_ACTIONS[field].on : FLAG_ACTIONS[field].off}`,
        targetType: 'THREAD',
        targetId: thread.id,
        reason: reason || null,
      });
      return thread;
    });
    if (changed) {
      this.events.publish({
        type: 'ThreadModerated',
        actorId: actor.id,
        threadId: thread.id,
        action: value ? FLAG_ACTIONS[field].on : FLAG_ACTIONS[field].off,
        reason: reason || null,
      });
    }
    return thread;
  }

  /**
   * Closes a question (status Geschlossen: settled without a solution, or no longer relevant) or opens it
   * again; apart from the lock, which only stops replies. Reopening returns to Gelöst when an answer is
   * accepted, else to Offen / Landesantwort liegt vor.
   */
  async setClosed(
    viewer: Viewer | null,
    threadId: string,
    closed: boolean,
    reason?: string | null,
  ): Promise<ThreadEntity> {
    const actor = requireActive(viewer);
    let changed = false;
    const thread = await this.ds.transaction(async (manager) => {
      const thread = await this.lockOpenThread(manager, threadId);
      await requireBoardModeration(manager, actor, await this.boardOf(manager, thread));
      if ((thread.state === ThreadState.CLOSED) === closed) return thread;
      changed = true;
      thread.state = closed
        ? ThreadState.CLOSED
        : thread.acceptedPostId
          ? ThreadState.ANSWERED
          : ThreadState.OPEN;
      await manager.getRepository(ThreadEntity).update({ id: thread.id }, { state: thread.state });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: closed ? 'THREAD_CLOSED' : 'THREAD_REOPENED',
        targetType: 'THREAD',
        targetId: thread.id,
        reason: reason || null,
      });
      return thread;
    });
    if (changed) {
      this.events.publish({
        type: 'ThreadModerated',
        actorId: actor.id,
        threadId: thread.id,
        action: closed ? 'CLOSED' : 'REOPENED',
        reason: reason || null,
      });
    }
    return thread;
  }

  /** Moves a thread to another topic; the actor must moderate both the old and the new board. */
  async move(
    viewer: Viewer | null,
    threadId: string,
    topicId: string,
    reason?: string | null,
  ): Promise<ThreadEntity> {
    const actor = requireActive(viewer);
    let changed = false;
    const thread = await this.ds.transaction(async (manager) => {
      const thread = await this.lockOpenThread(manager, threadId);
      const topics = manager.getRepository(TopicEntity);
      const from = await topics.findOneBy({ id: thread.topicId });
      if (!from) throw notFound('Das Thema');
      await requireBoardModeration(manager, actor, from.boardId);
      const to = isUuid(topicId) ? await topics.findOneBy({ id: topicId }) : null;
      if (!to) throw notFound('Das Zielthema');
      await requireBoardModeration(
        manager,
        actor,
        to.boardId,
        'Verschieben setzt voraus, dass Sie auch den Zielbereich moderieren.',
      );
      if (to.id === from.id) return thread;
      if (to.archived) throw badInput('In ein archiviertes Thema kann nicht verschoben werden.');
      changed = true;
      thread.topicId = to.id;
      await manager.getRepository(ThreadEntity).update({ id: thread.id }, { topicId: to.id });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'THREAD_MOVED',
        targetType: 'THREAD',
        targetId: thread.id,
        reason: withReason(`Von „${from.title}“ nach „${to.title}“`, reason),
      });
      return thread;
    });
    if (changed) {
      this.events.publish({
        type: 'ThreadModerated',
        actorId: actor.id,
        threadId: thread.id,
        action: 'MOVED',
        reason: reason || null,
      });
    }
    return thread;
  }

  /**
   * Merges the source into the target: every post moves over and keeps its created_at (so the target
   * shows all posts in time order); the source remains as a closed pointer (merged_into_id) so that
   * old links lead to the target.
   */
  async merge(
    viewer: Viewer | null,
    sourceId: string,
    targetId: string,
    reason?: string | null,
  ): Promise<ThreadEntity> {
    const actor = requireActive(viewer);
    if (!isUuid(sourceId) || !isUuid(targetId)) throw notFound('Die Frage');
    if (sourceId === targetId)
      throw badInput('Eine Frage kann nicht mit sich selbst zusammengeführt werden.');
    const target = await this.ds.transaction(async (manager) => {
      // Both rows locked in a fixed order, so two crossing merges cannot deadlock.
      const locked: { id: string; merged_into_id: string | null }[] = await manager.query(
        'SELECT id, merged_into_id FROM threads WHERE id = ANY($1) ORDER BY id FOR UPDATE',
        [[sourceId, targetId]],
      );
      if (locked.length !== 2) throw notFound('Die Frage');
      const threads = manager.getRepository(ThreadEntity);
      const source = (await threads.findOneBy({ id: sourceId }))!;
      const target = (await threads.findOneBy({ id: targetId }))!;
      await requireBoardModeration(manager, actor, await this.boardOf(manager, source));
      await requireBoardModeration(
        manager,
        actor,
        await this.boardOf(manager, target),
        'Zusammenführen setzt voraus, dass Sie beide Bereiche moderieren.',
      );
      if (locked.some((row) => row.merged_into_id))
        throw badInput('Diese Frage wurde bereits mit einer anderen zusammengeführt.');

      await manager.query('UPDATE posts SET thread_id = $1 WHERE thread_id = $2', [target.id, source.id]);
      // Earlier merges into the source now point at the target directly (one hop on lookup).
      await manager.query('UPDATE threads SET merged_into_id = $1 WHERE merged_into_id = $2', [
        target.id,
        source.id,
      ]);
      if (!target.acceptedPostId && source.acceptedPostId) {
        target.acceptedPostId = source.acceptedPostId;
        target.acceptedAt = source.acceptedAt;
        if (target.state === ThreadState.OPEN) target.state = ThreadState.ANSWERED;
      }
      target.replyCount = await this.visibleReplies(manager, target.id);
      if (source.lastActivityAt > target.lastActivityAt) target.lastActivityAt = source.lastActivityAt;
      await threads.update(
        { id: target.id },
        {
          acceptedPostId: target.acceptedPostId,
          acceptedAt: target.acceptedAt,
          state: target.state,
          replyCount: target.replyCount,
          lastActivityAt: target.lastActivityAt,
        },
      );
      await threads.update(
        { id: source.id },
        {
          acceptedPostId: null,
          acceptedAt: null,
          replyCount: 0,
          pinned: false,
          locked: true,
          state: ThreadState.CLOSED,
        },
      );
      await manager.query('UPDATE threads SET merged_into_id = $1 WHERE id = $2', [target.id, source.id]);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'THREADS_MERGED',
        targetType: 'THREAD',
        targetId: source.id,
        reason: withReason(`Zusammengeführt mit „${target.title}“`, reason),
      });
      return target;
    });
    this.events.publish({
      type: 'ThreadsMerged',
      actorId: actor.id,
      sourceThreadId: sourceId,
      targetThreadId: target.id,
    });
    return target;
  }

  /** Hides a post with a reason shown to its author (or shows it again); open flags on it are resolved. */
  async hidePost(
    viewer: Viewer | null,
    postId: string,
    reason: string,
    hidden: boolean,
  ): Promise<PostEntity> {
    const actor = requireActive(viewer);
    let changed = false;
    const post = await this.ds.transaction(async (manager) => {
      const repo = manager.getRepository(PostEntity);
      const post = await repo
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :postId', { postId })
        .getOne();
      if (!post) throw notFound('Der Beitrag');
      const threads = manager.getRepository(ThreadEntity);
      const thread = await threads
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.id = :id', { id: post.threadId })
        .getOne();
      if (!thread) throw notFound('Die Frage');
      await requireBoardModeration(manager, actor, await this.boardOf(manager, thread));
      if (post.deletedAt) throw badInput('Ein gelöschter Beitrag kann nicht ausgeblendet werden.');
      if ((post.hiddenAt !== null) === hidden) return post;
      changed = true;
      const isQuestion = await this.posts.isFirstPost(manager, post);
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
      await this.audit.record(manager, {
        actorId: actor.id,
        action: hidden ? 'POST_HIDDEN' : 'POST_UNHIDDEN',
        targetType: 'POST',
        targetId: post.id,
        reason,
      });
      if (hidden) {
        const open = await this.flags.openFlagsOfPost(manager, post.id);
        await this.flags.close(manager, actor, open, false, `Beitrag ausgeblendet: ${reason}`);
      }
      return post;
    });
    if (changed) {
      const event: DomainEvent = {
        type: 'PostHidden',
        actorId: actor.id,
        threadId: post.threadId,
        postId: post.id,
        hidden,
        reason: hidden ? reason : null,
      };
      this.events.publish(event);
    }
    return post;
  }

  /** The thread row locked for the transaction; merged (pointer) threads can no longer be moderated. */
  private async lockOpenThread(manager: EntityManager, threadId: string): Promise<ThreadEntity> {
    if (!isUuid(threadId)) throw notFound('Die Frage');
    const rows: { merged_into_id: string | null }[] = await manager.query(
      'SELECT merged_into_id FROM threads WHERE id = $1 FOR UPDATE',
      [threadId],
    );
    if (!rows[0]) throw notFound('Die Frage');
    if (rows[0].merged_into_id)
      throw badInput('Diese Frage wurde zusammengeführt; bitte moderieren Sie die Zielfrage.');
    return (await manager.getRepository(ThreadEntity).findOneBy({ id: threadId }))!;
  }

  private async boardOf(manager: EntityManager, thread: ThreadEntity): Promise<string> {
    const boardId = await boardIdOfTopic(manager, thread.topicId);
    if (!boardId) throw notFound('Das Thema');
    return boardId;
  }

  /** Visible answers after the question (the definition of threads.reply_count). */
  private async visibleReplies(manager: EntityManager, threadId: string): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM posts p
        WHERE p.thread_id = $1 AND p.deleted_at IS NULL AND p.hidden_at IS NULL
          AND p.id <> (SELECT id FROM posts WHERE thread_id = $1 ORDER BY created_at, id LIMIT 1)`,
      [threadId],
    );
    return rows[0].n;
  }
}
