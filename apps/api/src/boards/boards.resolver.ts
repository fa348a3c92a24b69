import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
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
}
