import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { BoardModel } from '../boards/board.model';
import { QuestionProgress } from '../common/graphql/enums';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { clearContextLoader, contextLoader } from '../common/loaders/context-loader';
import { mapConnection } from '../common/pagination/cursor';
import { ThreadConnection } from '../threads/thread-connection.model';
import { ThreadModel, toThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { TopicModel } from '../topics/topic.model';
import { LatestThreadsService } from './latest-threads.service';
import { ReadingService, type ScopeUnread, type ThreadReadState } from './reading.service';
import { threadById } from '../threads/thread.loaders';

const NONE: ScopeUnread = { unreadThreads: 0, newThreads: 0 };

function threadState(
  ctx: GqlContext,
  reading: ReadingService,
  threadId: string,
): Promise<ThreadReadState | null> {
  const viewer = ctx.viewer;
  if (!viewer) return Promise.resolve(null);
  return contextLoader(ctx, 'reading.thread', (ids) => reading.threadStates(viewer.id, ids)).load(threadId);
}

@Resolver()
export class ReadingResolver {
  constructor(
    private readonly reading: ReadingService,
    private readonly latest: LatestThreadsService,
    private readonly threads: ThreadsService,
  ) {}

  @Query(() => ThreadConnection, {
    description:
      '"Neueste" across all boards, newest activity first; unansweredOnly: the same as progress OPEN (no official Land answer, none accepted, not closed)',
  })
  async latestThreads(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('unansweredOnly', { type: () => Boolean, nullable: true }) unansweredOnly?: boolean,
    @Args('progress', { type: () => QuestionProgress, nullable: true }) progress?: QuestionProgress,
  ) {
    const conn = await this.latest.latest(ctx.viewer, { first, after, unansweredOnly, progress });
    for (const edge of conn.edges) ctx.loaders.get(threadById).prime(edge.node.id, edge.node);
    return mapConnection(conn, toThreadModel);
  }

  @Mutation(() => ThreadModel, {
    description: 'Marks a thread read up to a post (default: its newest post); read marks only move forward',
  })
  async markThreadRead(
    @Args('threadId', { type: () => ID }) threadId: string,
    @Ctx() ctx: GqlContext,
    @Args('upToPostId', { type: () => ID, nullable: true }) upToPostId?: string,
  ): Promise<ThreadModel> {
    const id = await this.reading.markThreadRead(ctx.viewer, threadId, upToPostId);
    clearContextLoader(ctx, 'reading.thread');
    const thread = await this.threads.byId(ctx.viewer, id);
    if (!thread) throw new Error(`Thread ${id} vanished`);
    return toThreadModel(thread);
  }

  @Mutation(() => Boolean, {
    description: 'Marks everything read: in a topic (topicId), a board (boardId) or everywhere (neither)',
  })
  async markAllRead(
    @Ctx() ctx: GqlContext,
    @Args('boardId', { type: () => ID, nullable: true }) boardId?: string,
    @Args('topicId', { type: () => ID, nullable: true }) topicId?: string,
  ): Promise<boolean> {
    const done = await this.reading.markAllRead(ctx.viewer, { boardId, topicId });
    for (const name of ['reading.thread', 'reading.topic', 'reading.board']) clearContextLoader(ctx, name);
    return done;
  }
}

@Resolver(() => ThreadModel)
export class ThreadReadingResolver {
  constructor(private readonly reading: ReadingService) {}

  @ResolveField(() => Boolean, { description: 'Never opened by the viewer ("neu")' })
  async viewerIsNew(@Parent() thread: ThreadModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    return (await threadState(ctx, this.reading, thread.id))?.isNew ?? false;
  }

  @ResolveField(() => Int, {
    description: 'Visible posts by others the viewer has not read yet (a new thread counts its question)',
  })
  async viewerUnreadCount(@Parent() thread: ThreadModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await threadState(ctx, this.reading, thread.id))?.unreadCount ?? 0;
  }

  @ResolveField(() => ID, {
    nullable: true,
    description: 'Where the thread opens for the viewer; null: all read',
  })
  async viewerFirstUnreadPostId(
    @Parent() thread: ThreadModel,
    @Ctx() ctx: GqlContext,
  ): Promise<string | null> {
    return (await threadState(ctx, this.reading, thread.id))?.firstUnreadPostId ?? null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Pass as posts(after:) to start the page at the first unread post (null: from the start)',
  })
  async viewerFirstUnreadCursor(
    @Parent() thread: ThreadModel,
    @Ctx() ctx: GqlContext,
  ): Promise<string | null> {
    return (await threadState(ctx, this.reading, thread.id))?.firstUnreadCursor ?? null;
  }
}

@Resolver(() => TopicModel)
export class TopicReadingResolver {
  constructor(private readonly reading: ReadingService) {}

  private load(ctx: GqlContext, topicId: string): Promise<ScopeUnread> {
    const viewer = ctx.viewer;
    if (!viewer) return Promise.resolve(NONE);
    return contextLoader(ctx, 'reading.topic', (ids) => this.reading.unreadByTopic(viewer.id, ids)).load(
      topicId,
    );
  }

  @ResolveField(() => Int, { description: 'Threads with posts the viewer has not read (new ones included)' })
  async viewerUnreadThreadCount(@Parent() topic: TopicModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await this.load(ctx, topic.id)).unreadThreads;
  }

  @ResolveField(() => Int, { description: 'Threads the viewer has never opened' })
  async viewerNewThreadCount(@Parent() topic: TopicModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await this.load(ctx, topic.id)).newThreads;
  }
}

@Resolver(() => BoardModel)
export class BoardReadingResolver {
  constructor(private readonly reading: ReadingService) {}

  private load(ctx: GqlContext, boardId: string): Promise<ScopeUnread> {
    const viewer = ctx.viewer;
    if (!viewer) return Promise.resolve(NONE);
    return contextLoader(ctx, 'reading.board', (ids) => this.reading.unreadByBoard(viewer.id, ids)).load(
      boardId,
    );
  }

  @ResolveField(() => Int, { description: 'Threads with posts the viewer has not read (new ones included)' })
  async viewerUnreadThreadCount(@Parent() board: BoardModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await this.load(ctx, board.id)).unreadThreads;
  }

  @ResolveField(() => Int, { description: 'Threads the viewer has never opened' })
  async viewerNewThreadCount(@Parent() board: BoardModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await this.load(ctx, board.id)).newThreads;
  }
}
