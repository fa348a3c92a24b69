import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { mapConnection } from '../common/pagination/cursor';
import { threadById } from '../threads/thread.loaders';
import { ThreadModel, toThreadModel } from '../threads/thread.model';
import { CreateThreadInput } from './dto/create-thread.input';
import { PostConnection } from './post-connection.model';
import { postById } from './post.loaders';
import { PostModel, toPostModel } from './post.model';
import { PostsService } from './posts.service';
import { ThreadPostsService } from './thread-posts.service';

/** The posts of a thread, asking a question (thread + first post) and accepting an answer. */
@Resolver(() => ThreadModel)
export class ThreadPostsResolver {
  constructor(
    private readonly threadPosts: ThreadPostsService,
    private readonly postsService: PostsService,
  ) {}

  @Mutation(() => ThreadModel, { description: 'Asks a question in a topic; idempotent by clientId' })
  async createThread(@Args('input') input: CreateThreadInput, @Ctx() ctx: GqlContext): Promise<ThreadModel> {
    return toThreadModel(await this.threadPosts.ask(ctx.viewer, input));
  }

  @Mutation(() => ThreadModel, { description: 'Marks a reply as the solution; the thread becomes ANSWERED' })
  async acceptAnswer(
    @Args('postId', { type: () => ID }) postId: string,
    @Ctx() ctx: GqlContext,
  ): Promise<ThreadModel> {
    const thread = await this.threadPosts.acceptAnswer(ctx.viewer, postId);
    ctx.loaders.get(threadById).clear(thread.id).prime(thread.id, thread);
    return toThreadModel(thread);
  }

  @ResolveField(() => PostModel, { nullable: true })
  async acceptedPost(@Parent() thread: ThreadModel, @Ctx() ctx: GqlContext): Promise<PostModel | null> {
    if (!thread.acceptedPostId) return null;
    const post = await ctx.loaders.get(postById).load(thread.acceptedPostId);
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
    const posts = ctx.loaders.get(postById);
    for (const edge of conn.edges) posts.prime(edge.node.id, edge.node);
    return mapConnection(conn, toPostModel);
  }
}
