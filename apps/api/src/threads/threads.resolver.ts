import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { canAcceptAnswer, canModerateBoard } from '../common/permissions/permissions';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { mapConnection } from '../common/pagination/cursor';
import { PostConnection } from '../posts/post-connection.model';
import { PostModel, toPostModel } from '../posts/post.model';
import { PostsService } from '../posts/posts.service';
import { TopicModel, toTopicModel } from '../topics/topic.model';
import { toUserModel, UserModel } from '../users/user.model';
import { CreateThreadInput } from '../posts/dto/create-thread.input';
import { ThreadModel, toThreadModel } from './thread.model';
import { ThreadsService } from './threads.service';

@Resolver(() => ThreadModel)
export class ThreadsResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly postsService: PostsService,
  ) {}

  @Query(() => ThreadModel, { nullable: true })
  async thread(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: GqlContext,
  ): Promise<ThreadModel | null> {
    const thread = await this.threads.byId(ctx.viewer, id);
    if (thread) ctx.loaders.thread.prime(thread.id, thread);
    // The author usually wrote the first post too: one user fewer in the authors' batch.
    if (thread?.authorRow) ctx.loaders.user.prime(thread.authorId, thread.authorRow);
    return thread ? toThreadModel(thread) : null;
  }

  @Mutation(() => ThreadModel, { description: 'Asks a question in a topic; idempotent by clientId' })
  async createThread(@Args('input') input: CreateThreadInput, @Ctx() ctx: GqlContext): Promise<ThreadModel> {
    return toThreadModel(await this.threads.create(ctx.viewer, input));
  }

  @Mutation(() => ThreadModel, { description: 'Marks a reply as the solution; the thread becomes ANSWERED' })
  async acceptAnswer(
    @Args('postId', { type: () => ID }) postId: string,
    @Ctx() ctx: GqlContext,
  ): Promise<ThreadModel> {
    const thread = await this.threads.acceptAnswer(ctx.viewer, postId);
    ctx.loaders.thread.clear(thread.id).prime(thread.id, thread);
    return toThreadModel(thread);
  }

  @ResolveField(() => TopicModel)
  async topic(@Parent() thread: ThreadModel, @Ctx() ctx: GqlContext): Promise<TopicModel> {
    const topic = await ctx.loaders.topic.load(thread.topicId);
    if (!topic) throw new Error(`Topic ${thread.topicId} missing for thread ${thread.id}`);
    return toTopicModel(topic);
  }

  @ResolveField(() => UserModel)
  async author(@Parent() thread: ThreadModel, @Ctx() ctx: GqlContext): Promise<UserModel> {
    const user = await ctx.loaders.user.load(thread.authorId);
    if (!user) throw new Error(`Author ${thread.authorId} missing for thread ${thread.id}`);
    return toUserModel(user);
  }

  @ResolveField(() => PostModel, { nullable: true })
  async acceptedPost(@Parent() thread: ThreadModel, @Ctx() ctx: GqlContext): Promise<PostModel | null> {
    if (!thread.acceptedPostId) return null;
    const post = await ctx.loaders.post.load(thread.acceptedPostId);
    return post ? toPostModel(post) : null;
  }

  @ResolveField(() => PostConnection, { description: 'Oldest first; the first post is the question' })
  async posts(
    @Parent() thread: ThreadModel,
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    const conn = await this.postsService.listForThread(thread.id, first, after, thread.postCount);
    for (const edge of conn.edges) ctx.loaders.post.prime(edge.node.id, edge.node);
    return mapConnection(conn, toPostModel);
  }

  private async moderates(thread: ThreadModel, ctx: GqlContext): Promise<string[]> {
    const topic = await ctx.loaders.topic.load(thread.topicId);
    return topic ? ctx.loaders.boardModeratorIds.load(topic.boardId) : [];
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may reply (locked threads: moderators only)',
  })
  async viewerCanReply(@Parent() thread: ThreadModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    if (!ctx.viewer) return false;
    return !thread.locked || canModerateBoard(ctx.viewer, await this.moderates(thread, ctx));
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may mark a reply as the solution' })
  async viewerCanAccept(@Parent() thread: ThreadModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    if (!ctx.viewer) return false;
    return canAcceptAnswer(ctx.viewer, thread.authorId, await this.moderates(thread, ctx));
  }
}
