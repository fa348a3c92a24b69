import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { clearContextLoader, contextLoader } from '../common/loaders/context-loader';
import { mapConnection } from '../common/pagination/cursor';
import { ThreadModel, toThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { BookmarkConnection, BookmarkModel } from './bookmark.model';
import { BookmarksService } from './bookmarks.service';
import { threadById } from '../threads/thread.loaders';

const LOADER = 'bookmarks.bookmarked';

@Resolver(() => BookmarkModel)
export class BookmarksResolver {
  constructor(
    private readonly bookmarksService: BookmarksService,
    private readonly threads: ThreadsService,
  ) {}

  @Query(() => BookmarkConnection, { description: "The viewer's bookmarks, newest first" })
  async bookmarks(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    const conn = await this.bookmarksService.list(ctx.viewer, first, after);
    return mapConnection(conn, (b) =>
      Object.assign(new BookmarkModel(), { createdAt: b.createdAt, threadId: b.shownThreadId }),
    );
  }

  @Mutation(() => ThreadModel, { description: 'Adds (bookmarked: true) or removes a bookmark on a thread' })
  async bookmarkThread(
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('bookmarked', { type: () => Boolean }) bookmarked: boolean,
    @Ctx() ctx: GqlContext,
  ): Promise<ThreadModel> {
    const id = await this.bookmarksService.setBookmark(ctx.viewer, threadId, bookmarked);
    clearContextLoader(ctx, LOADER);
    const thread = await this.threads.byId(ctx.viewer, id);
    if (!thread) throw new Error(`Thread ${id} vanished`);
    return toThreadModel(thread);
  }

  @ResolveField(() => ThreadModel)
  async thread(@Parent() bookmark: BookmarkModel, @Ctx() ctx: GqlContext): Promise<ThreadModel> {
    const thread = await ctx.loaders.get(threadById).load(bookmark.threadId);
    if (!thread) throw new Error(`Thread ${bookmark.threadId} missing for a bookmark`);
    return toThreadModel(thread);
  }
}

@Resolver(() => ThreadModel)
export class ThreadBookmarkResolver {
  constructor(private readonly bookmarks: BookmarksService) {}

  @ResolveField(() => Boolean, { description: 'Whether the viewer has bookmarked the thread' })
  async viewerBookmarked(@Parent() thread: ThreadModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer) return false;
    return contextLoader(ctx, LOADER, (ids) => this.bookmarks.bookmarked(viewer.id, ids)).load(thread.id);
  }
}
