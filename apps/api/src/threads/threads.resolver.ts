import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { boardModeratorIds } from '../boards/board.loaders';
import { QuestionProgress, ThreadState } from '../common/graphql/enums';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { mapConnection } from '../common/pagination/cursor';
import { canAcceptAnswer, canModerateBoard } from '../common/permissions/permissions';
import { topicById } from '../topics/topic.loaders';
import { TopicModel, toTopicModel } from '../topics/topic.model';
import { userById } from '../users/user.loaders';
import { toUserModel, UserModel } from '../users/user.model';
import { ThreadConnection } from './thread-connection.model';
import { threadById } from './thread.loaders';
import { ThreadModel, toThreadModel } from './thread.model';
import { ThreadsService } from './threads.service';

@Resolver(() => ThreadModel)
export class ThreadsResolver {
  constructor(private readonly threads: ThreadsService) {}

  @Query(() => ThreadModel, { nullable: true })
  async thread(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: GqlContext,
  ): Promise<ThreadModel | null> {
    const thread = await this.threads.byId(ctx.viewer, id);
    if (thread) ctx.loaders.get(threadById).prime(thread.id, thread);
    // The author usually wrote the first post too: one user fewer in the authors' batch.
    if (thread?.authorRow) ctx.loaders.get(userById).prime(thread.authorId, thread.authorRow);
    return thread ? toThreadModel(thread) : null;
  }

  @Query(() => ThreadConnection, {
    description: '"Meine Fragen": the viewer\'s questions, latest activity first',
  })
  async myThreads(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('state', { type: () => ThreadState, nullable: true }) state?: ThreadState,
    @Args('progress', { type: () => QuestionProgress, nullable: true }) progress?: QuestionProgress,
  ) {
    const conn = await this.threads.mine(ctx.viewer, { first, after, state, progress });
    for (const edge of conn.edges) ctx.loaders.get(threadById).prime(edge.node.id, edge.node);
    return mapConnection(conn, toThreadModel);
  }

  @Mutation(() => ThreadModel, { description: 'The asker (or a moderator) reopens an answered question' })
  async reopenThread(
    @Args('threadId', { type: () => ID }) threadId: string,
    @Ctx() ctx: GqlContext,
  ): Promise<ThreadModel> {
    const thread = await this.threads.reopen(ctx.viewer, threadId);
    ctx.loaders.get(threadById).clear(thread.id).prime(thread.id, thread);
    return toThreadModel(thread);
  }

  @ResolveField(() => TopicModel)
  async topic(@Parent() thread: ThreadModel, @Ctx() ctx: GqlContext): Promise<TopicModel> {
    const topic = await ctx.loaders.get(topicById).load(thread.topicId);
    if (!topic) throw new Error(`Topic ${thread.topicId} missing for thread ${thread.id}`);
    return toTopicModel(topic);
  }

  @ResolveField(() => UserModel)
  async author(@Parent() thread: ThreadModel, @Ctx() ctx: GqlContext): Promise<UserModel> {
    const user = await ctx.loaders.get(userById).load(thread.authorId);
    if (!user) throw new Error(`Author ${thread.authorId} missing for thread ${thread.id}`);
    return toUserModel(user);
  }

  private async moderates(thread: ThreadModel, ctx: GqlContext): Promise<string[]> {
    const topic = await ctx.loaders.get(topicById).load(thread.topicId);
    return topic ? ctx.loaders.get(boardModeratorIds).load(topic.boardId) : [];
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
