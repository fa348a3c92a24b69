import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ThreadState } from '../common/graphql/enums';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { mapConnection } from '../common/pagination/cursor';
import { BoardModel, toBoardModel } from '../boards/board.model';
import { OrganisationModel, toOrganisationModel } from '../organisations/organisation.model';
import { ThreadConnection } from '../threads/thread-connection.model';
import { toThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { TopicModel, toTopicModel } from './topic.model';
import { TopicsService } from './topics.service';

@Resolver(() => TopicModel)
export class TopicsResolver {
  constructor(
    private readonly topics: TopicsService,
    private readonly threadsService: ThreadsService,
  ) {}

  @Query(() => TopicModel, { nullable: true })
  async topic(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: GqlContext,
  ): Promise<TopicModel | null> {
    const topic = await this.topics.byId(ctx.viewer, id);
    return topic ? toTopicModel(topic) : null;
  }

  @ResolveField(() => BoardModel)
  async board(@Parent() topic: TopicModel, @Ctx() ctx: GqlContext): Promise<BoardModel> {
    const board = await ctx.loaders.board.load(topic.boardId);
    if (!board) throw new Error(`Board ${topic.boardId} missing for topic ${topic.id}`);
    return toBoardModel(board);
  }

  @ResolveField(() => OrganisationModel, {
    nullable: true,
    description: 'Federführendes Land of the EfA service',
  })
  async leadLand(@Parent() topic: TopicModel, @Ctx() ctx: GqlContext): Promise<OrganisationModel | null> {
    if (!topic.leadLandId) return null;
    const land = await ctx.loaders.organisation.load(topic.leadLandId);
    return land ? toOrganisationModel(land) : null;
  }

  @ResolveField(() => Int)
  async threadCount(@Parent() topic: TopicModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await ctx.loaders.topicStats.load(topic.id)).threadCount;
  }

  @ResolveField(() => Int)
  async openThreadCount(@Parent() topic: TopicModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await ctx.loaders.topicStats.load(topic.id)).openThreadCount;
  }

  @ResolveField(() => Date, { nullable: true })
  async lastActivityAt(@Parent() topic: TopicModel, @Ctx() ctx: GqlContext): Promise<Date | null> {
    return (await ctx.loaders.topicStats.load(topic.id)).lastActivityAt;
  }

  @ResolveField(() => ThreadConnection, { description: 'Pinned first, then by last activity, newest first' })
  async threads(
    @Parent() topic: TopicModel,
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('state', { type: () => ThreadState, nullable: true }) state?: ThreadState,
  ) {
    const conn = await this.threadsService.listForTopic(ctx.viewer, topic.id, { first, after, state });
    for (const edge of conn.edges) ctx.loaders.thread.prime(edge.node.id, edge.node);
    return mapConnection(conn, toThreadModel);
  }
}
