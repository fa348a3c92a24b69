import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ThreadState } from '@forum/shared';
import { AttachmentsService } from '../attachments/attachments.service';
import { badInput, forbidden, notFound } from '../common/errors/domain-error';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { Viewer } from '../common/graphql/viewer';
import { canAcceptAnswer, requireActive } from '../common/permissions/permissions';
import { isUuid } from '../common/validation/is-uuid';
import { DomainEventsService } from '../events/domain-events.service';
import { TagsService } from '../tags/tags.service';
import { ThreadEntity } from '../threads/thread.entity';
import { ThreadsService } from '../threads/threads.service';
import { TopicEntity } from '../topics/topic.entity';
import type { CreateThreadInput } from './dto/create-thread.input';
import { insertPost, newPostFacts } from './post-writer';
import { PostEntity } from './post.entity';
import { PostsService } from './posts.service';

/**
 * The writes of a thread that are made of posts: asking a question (the thread and its first post) and
 * accepting a reply as its solution. They live with the posts because a thread never knows its posts.
 */
@Injectable()
export class ThreadPostsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly threads: ThreadsService,
    private readonly posts: PostsService,
    private readonly events: DomainEventsService,
    private readonly attachments: AttachmentsService,
    private readonly tags: TagsService,
  ) {}

  /** Asks a question: the thread and its first post are written together or not at all. */
  async ask(viewer: Viewer | null, input: CreateThreadInput): Promise<ThreadEntity> {
    const author = requireActive(viewer);
    const clientId = input.clientId ?? null;
    const repo = this.ds.getRepository(ThreadEntity);
    if (clientId) {
      const existing = await repo.findOneBy({ authorId: author.id, clientId });
      if (existing) return existing;
    }
    try {
      return await this.events.transaction(async (write) => {
        const topic = await write.manager.getRepository(TopicEntity).findOneBy({ id: input.topicId });
        if (!topic) throw notFound('Das Thema');
        if (topic.archived) throw forbidden('Dieses Thema ist archiviert; neue Fragen sind nicht möglich.');
        const now = new Date();
        const thread = await write.manager.getRepository(ThreadEntity).save(
          write.manager.getRepository(ThreadEntity).create({
            topicId: topic.id,
            authorId: author.id,
            title: input.title,
            state: ThreadState.OPEN,
            lastActivityAt: now,
            clientId,
            createdAt: now,
          }),
        );
        const post = await insertPost(write.manager, author, thread.id, input.body, null, now, false);
        if (input.attachmentIds?.length)
          await this.attachments.setForPost(write.manager, author.id, post.id, input.attachmentIds);
        if (input.tagIds?.length) await this.tags.setForThread(write.manager, thread.id, input.tagIds);
        await write.publish({
          type: 'ThreadCreated',
          actorId: author.id,
          threadId: thread.id,
          topicId: thread.topicId,
          postId: post.id,
          ...newPostFacts(post),
        });
        return thread;
      });
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
    return this.events.transaction(async (write) => {
      const post = await write.manager.getRepository(PostEntity).findOneBy({ id: postId });
      if (!post) throw notFound('Der Beitrag');
      const threads = write.manager.getRepository(ThreadEntity);
      const thread = await threads
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.id = :id', { id: post.threadId })
        .getOne();
      if (!thread) throw notFound('Die Frage');
      const moderators = await this.threads.boardModeratorIds(write.manager, thread.id);
      if (!canAcceptAnswer(actor, thread.authorId, moderators)) {
        throw forbidden(
          'Nur die fragende Person oder die Moderation kann eine Antwort als Lösung markieren.',
        );
      }
      if (post.deletedAt || post.hiddenAt)
        throw badInput('Dieser Beitrag kann nicht als Lösung markiert werden.');
      if (await this.posts.isFirstPost(write.manager, post))
        throw badInput('Die Frage selbst kann keine Lösung sein.');
      if (thread.acceptedPostId === post.id) return thread;
      if (thread.state === ThreadState.CLOSED)
        throw badInput('Diese Frage ist geschlossen; eine Lösung kann nicht mehr markiert werden.');
      const now = new Date();
      thread.acceptedPostId = post.id;
      thread.acceptedAt = now;
      thread.state = ThreadState.ANSWERED;
      thread.lastActivityAt = now;
      await threads.save(thread);
      if (actor.id !== thread.authorId) {
        await write.audit({
          actorId: actor.id,
          action: 'ANSWER_ACCEPTED',
          targetType: 'POST',
          targetId: post.id,
        });
      }
      await write.publish({ type: 'AnswerAccepted', actorId: actor.id, threadId: thread.id, postId });
      return thread;
    });
  }
}
