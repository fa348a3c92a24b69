import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { TopicModel, toTopicModel } from '../topics/topic.model';
import { BoardModel, toBoardModel } from './board.model';
import { BoardsService } from './boards.service';

@Resolver(() => BoardModel)
export class BoardsResolver {
  constructor(private readonly boardsService: BoardsService) {}

  @Query(() => [BoardModel], { description: 'All boards with their topics and activity counts' })
  async boards(@Ctx() ctx: GqlContext): Promise<BoardModel[]> {
    return (await this.boardsService.list(ctx.viewer)).map(toBoardModel);
  }

  @Query(() => BoardModel, { nullable: true })
  async board(@Args('slug') slug: string, @Ctx() ctx: GqlContext): Promise<BoardModel | null> {
    const board = await this.boardsService.bySlug(ctx.viewer, slug);
    return board ? toBoardModel(board) : null;
  }

  @ResolveField(() => [TopicModel])
  async topics(@Parent() board: BoardModel, @Ctx() ctx: GqlContext): Promise<TopicModel[]> {
    return (await ctx.loaders.topicsByBoard.load(board.id)).map(toTopicModel);
  }

  @ResolveField(() => Int)
  async threadCount(@Parent() board: BoardModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await ctx.loaders.boardStats.load(board.id)).threadCount;
  }

  @ResolveField(() => Int)
  async postCount(@Parent() board: BoardModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await ctx.loaders.boardStats.load(board.id)).postCount;
  }

  @ResolveField(() => Date, { nullable: true })
  async lastActivityAt(@Parent() board: BoardModel, @Ctx() ctx: GqlContext): Promise<Date | null> {
    return (await ctx.loaders.boardStats.load(board.id)).lastActivityAt;
  }
}
