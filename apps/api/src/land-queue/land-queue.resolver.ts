import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { QuestionProgress, ThreadState } from '../common/graphql/enums';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { mapConnection } from '../common/pagination/cursor';
import { OrganisationModel, toOrganisationModel } from '../organisations/organisation.model';
import { PostModel } from '../posts/post.model';
import { ThreadConnection } from '../threads/thread-connection.model';
import { ThreadModel, toThreadModel } from '../threads/thread.model';
import { QuestionsService } from './land-queue.service';

@Resolver(() => ThreadModel)
export class QuestionsResolver {
  constructor(private readonly questions: QuestionsService) {}

  @Query(() => ThreadConnection, {
    description:
      '"Fragen an mein Land": questions in services the viewer\'s Land leads, oldest first; progress OPEN (default: no official Land answer yet) or LAND_ANSWERED (answered, not yet accepted)',
  })
  async landQueue(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('topicId', { type: () => ID, nullable: true }) topicId?: string,
    @Args('progress', { type: () => QuestionProgress, nullable: true }) progress?: QuestionProgress,
  ) {
    const conn = await this.questions.landQueue(ctx.viewer, { first, after, topicId, progress });
    for (const edge of conn.edges) ctx.loaders.thread.prime(edge.node.id, edge.node);
    return mapConnection(conn, toThreadModel);
  }

  @Query(() => Int, {
    description: "Open questions for the viewer's Land (landQueue's OPEN tab; 0 for others)",
  })
  landQueueCount(@Ctx() ctx: GqlContext): Promise<number> {
    return this.questions.landQueueCount(ctx.viewer);
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
    const conn = await this.questions.myThreads(ctx.viewer, { first, after, state, progress });
    for (const edge of conn.edges) ctx.loaders.thread.prime(edge.node.id, edge.node);
    return mapConnection(conn, toThreadModel);
  }

  @Mutation(() => ThreadModel, { description: 'The asker (or a moderator) reopens an answered question' })
  async reopenThread(
    @Args('threadId', { type: () => ID }) threadId: string,
    @Ctx() ctx: GqlContext,
  ): Promise<ThreadModel> {
    const thread = await this.questions.reopen(ctx.viewer, threadId);
    ctx.loaders.thread.clear(thread.id).prime(thread.id, thread);
    return toThreadModel(thread);
  }
}

@Resolver(() => PostModel)
export class PostOrganisationResolver {
  @ResolveField(() => OrganisationModel, {
    description: "The author's organisation when posting (an official answer keeps its Land)",
  })
  async organisation(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<OrganisationModel> {
    const org = await ctx.loaders.organisation.load(post.authorOrganisationId);
    if (!org) throw new Error(`Organisation ${post.authorOrganisationId} missing`);
    return toOrganisationModel(org);
  }
}
