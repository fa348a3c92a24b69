import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BoardModel } from '../boards/board.model';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { boardStats, topicsByBoard } from './topic.loaders';
import { TopicModel, toTopicModel } from './topic.model';

/** What a board shows of its topics: the topics themselves and the counters summed over them. */
@Resolver(() => BoardModel)
export class BoardTopicsResolver {
  @ResolveField(() => [TopicModel])
  async topics(@Parent() board: BoardModel, @Ctx() ctx: GqlContext): Promise<TopicModel[]> {
    return (await ctx.loaders.get(topicsByBoard).load(board.id)).map(toTopicModel);
  }

  @ResolveField(() => Int)
  async threadCount(@Parent() board: BoardModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await ctx.loaders.get(boardStats).load(board.id)).threadCount;
  }

  @ResolveField(() => Int)
  async postCount(@Parent() board: BoardModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await ctx.loaders.get(boardStats).load(board.id)).postCount;
  }

  @ResolveField(() => Date, { nullable: true })
  async lastActivityAt(@Parent() board: BoardModel, @Ctx() ctx: GqlContext): Promise<Date | null> {
    return (await ctx.loaders.get(boardStats).load(board.id)).lastActivityAt;
  }
}
