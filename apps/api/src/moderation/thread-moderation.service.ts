import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ThreadState } from '@forum/shared';
import { requireBoardModeration } from '../boards/board-moderators';
import { badInput, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { requireActive } from '../common/permissions/permissions';
import { isUuid } from '../common/validation/is-uuid';
import { DomainEventsService } from '../events/domain-events.service';
import { ThreadEntity } from '../threads/thread.entity';
import { boardIdOfTopic } from '../topics/topic-board';
import { TopicEntity } from '../topics/topic.entity';
import {
  LOCK_THREAD_SQL,
  LOCK_THREADS_FOR_MERGE_SQL,
  MARK_MERGED_SQL,
  MOVE_POSTS_SQL,
  REPOINT_MERGES_SQL,
  VISIBLE_REPLIES_SQL,
} from './moderation.sql';

type ThreadFlag = 'locked' | 'pinned';

/** The moderator's own words after the fact the log states anyway (from/to of a move, a merge target). */
const withReason = (fact: string, reason?: string | null) => (reason ? `${reason} (${fact})` : fact);

const FLAG_ACTIONS = {
  locked: { on: 'LOCKED', off: 'UNLOCKED' },
  pinned: { on: 'PINNED', off: 'UNPINNED' },
} as const;

/**
 * Lock, pin, close, move and merge: moderators everywhere, board moderators on their own boards. (Hiding a
 * post is the posts feature's: posts/posts.service.ts.)
 */
@Injectable()
export class ThreadModerationService {
  constructor(private readonly events: DomainEventsService) {}

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
    return this.events.transaction(async (write) => {
      const thread = await this.lockOpenThread(write.manager, threadId);
      await requireBoardModeration(write.manager, actor, await this.boardOf(write.manager, thread));
      if (thread[field] === value) return thread;
      const action = value ? FLAG_ACTIONS[field].on : FLAG_ACTIONS[field].off;
      thread[field] = value;
      await write.manager.getRepository(ThreadEntity).update({ id: thread.id }, { [field]: value });
      await write.audit({
        actorId: actor.id,
        action: `THREAD_${action}`,
        targetType: 'THREAD',
        targetId: thread.id,
        reason: reason || null,
      });
      await write.publish({
        type: 'ThreadModerated',
        actorId: actor.id,
        threadId: thread.id,
        action,
        reason: reason || null,
      });
      return thread;
    });
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
    return this.events.transaction(async (write) => {
      const thread = await this.lockOpenThread(write.manager, threadId);
      await requireBoardModeration(write.manager, actor, await this.boardOf(write.manager, thread));
      if ((thread.state === ThreadState.CLOSED) === closed) return thread;
      thread.state = closed
        ? ThreadState.CLOSED
        : thread.acceptedPostId
          ? ThreadState.ANSWERED
          : ThreadState.OPEN;
      await write.manager.getRepository(ThreadEntity).update({ id: thread.id }, { state: thread.state });
      await write.audit({
        actorId: actor.id,
        action: closed ? 'THREAD_CLOSED' : 'THREAD_REOPENED',
        targetType: 'THREAD',
        targetId: thread.id,
        reason: reason || null,
      });
      await write.publish({
        type: 'ThreadModerated',
        actorId: actor.id,
        threadId: thread.id,
        action: closed ? 'CLOSED' : 'REOPENED',
        reason: reason || null,
      });
      return thread;
    });
  }

  /** Moves a thread to another topic; the actor must moderate both the old and the new board. */
  async move(
    viewer: Viewer | null,
    threadId: string,
    topicId: string,
    reason?: string | null,
  ): Promise<ThreadEntity> {
    const actor = requireActive(viewer);
    return this.events.transaction(async (write) => {
      const thread = await this.lockOpenThread(write.manager, threadId);
      const topics = write.manager.getRepository(TopicEntity);
      const from = await topics.findOneBy({ id: thread.topicId });
      if (!from) throw notFound('Das Thema');
      await requireBoardModeration(write.manager, actor, from.boardId);
      const to = isUuid(topicId) ? await topics.findOneBy({ id: topicId }) : null;
      if (!to) throw notFound('Das Zielthema');
      await requireBoardModeration(
        write.manager,
        actor,
        to.boardId,
        'Verschieben setzt voraus, dass Sie auch den Zielbereich moderieren.',
      );
      if (to.id === from.id) return thread;
      if (to.archived) throw badInput('In ein archiviertes Thema kann nicht verschoben werden.');
      thread.topicId = to.id;
      await write.manager.getRepository(ThreadEntity).update({ id: thread.id }, { topicId: to.id });
      await write.audit({
        actorId: actor.id,
        action: 'THREAD_MOVED',
        targetType: 'THREAD',
        targetId: thread.id,
        reason: withReason(`Von „${from.title}“ nach „${to.title}“`, reason),
      });
      await write.publish({
        type: 'ThreadModerated',
        actorId: actor.id,
        threadId: thread.id,
        action: 'MOVED',
        reason: reason || null,
      });
      return thread;
    });
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
    return this.events.transaction(async (write) => {
      const manager = write.manager;
      // Both rows locked in a fixed order, so two crossing merges cannot deadlock.
      const locked: { id: string; merged_into_id: string | null }[] = await manager.query(
        LOCK_THREADS_FOR_MERGE_SQL,
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

      await manager.query(MOVE_POSTS_SQL, [target.id, source.id]);
      await manager.query(REPOINT_MERGES_SQL, [target.id, source.id]);
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
      await manager.query(MARK_MERGED_SQL, [target.id, source.id]);
      await write.audit({
        actorId: actor.id,
        action: 'THREADS_MERGED',
        targetType: 'THREAD',
        targetId: source.id,
        reason: withReason(`Zusammengeführt mit „${target.title}“`, reason),
      });
      await write.publish({
        type: 'ThreadsMerged',
        actorId: actor.id,
        sourceThreadId: sourceId,
        targetThreadId: target.id,
      });
      return target;
    });
  }

  /** The thread row locked for the transaction; merged (pointer) threads can no longer be moderated. */
  private async lockOpenThread(manager: EntityManager, threadId: string): Promise<ThreadEntity> {
    if (!isUuid(threadId)) throw notFound('Die Frage');
    const rows: { merged_into_id: string | null }[] = await manager.query(LOCK_THREAD_SQL, [threadId]);
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
    const rows: { n: number }[] = await manager.query(VISIBLE_REPLIES_SQL, [threadId]);
    return rows[0].n;
  }
}
