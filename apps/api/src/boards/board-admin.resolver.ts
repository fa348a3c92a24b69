import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BoardModel, toBoardModel } from './board.model';
import type { BoardEntity } from './board.entity';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { toUserModel, UserModel } from '../users/user.model';
import { BoardAdminService } from './board-admin.service';
import { CreateBoardInput, UpdateBoardInput } from './dto/board.input';
import { boardById, boardModeratorIds, moderatedBoardIds } from './board.loaders';
import { userById } from '../users/user.loaders';

@Resolver(() => BoardModel)
export class BoardAdminResolver {
  constructor(private readonly admin: BoardAdminService) {}

  private fresh(board: BoardEntity, ctx: GqlContext): BoardModel {
    ctx.loaders.get(boardById).clear(board.id).prime(board.id, board);
    ctx.loaders.get(boardModeratorIds).clear(board.id);
    return toBoardModel(board);
  }

  @Mutation(() => BoardModel, {
    description: 'Makes an active user a moderator of one board (administrators)',
  })
  async assignBoardModerator(
    @Args('boardId', { type: () => ID }) boardId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Ctx() ctx: GqlContext,
  ): Promise<BoardModel> {
    return this.fresh(await this.admin.assignModerator(ctx.viewer, boardId, userId), ctx);
  }

  @Mutation(() => BoardModel, { description: 'Removes a board moderator (administrators)' })
  async removeBoardModerator(
    @Args('boardId', { type: () => ID }) boardId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Ctx() ctx: GqlContext,
  ): Promise<BoardModel> {
    return this.fresh(await this.admin.removeModerator(ctx.viewer, boardId, userId), ctx);
  }

  @Mutation(() => BoardModel, { description: 'Creates a board (administrators)' })
  async createBoard(@Args('input') input: CreateBoardInput, @Ctx() ctx: GqlContext): Promise<BoardModel> {
    return this.fresh(await this.admin.createBoard(ctx.viewer, input), ctx);
  }

  @Mutation(() => BoardModel, { description: 'Changes or archives a board (administrators)' })
  async updateBoard(@Args('input') input: UpdateBoardInput, @Ctx() ctx: GqlContext): Promise<BoardModel> {
    return this.fresh(await this.admin.updateBoard(ctx.viewer, input), ctx);
  }

  @Mutation(() => [BoardModel], {
    description: 'Sets the order of the boards: every board id exactly once (administrators)',
  })
  async reorderBoards(
    @Args('boardIds', { type: () => [ID] }) boardIds: string[],
    @Ctx() ctx: GqlContext,
  ): Promise<BoardModel[]> {
    return (await this.admin.reorderBoards(ctx.viewer, boardIds)).map((b) => this.fresh(b, ctx));
  }

  @ResolveField(() => [UserModel], { description: 'Moderators of this board' })
  async moderators(@Parent() board: BoardModel, @Ctx() ctx: GqlContext): Promise<UserModel[]> {
    const ids = await ctx.loaders.get(boardModeratorIds).load(board.id);
    const users = await ctx.loaders.get(userById).loadMany(ids);
    return users.flatMap((u) => (u && !(u instanceof Error) ? [toUserModel(u)] : []));
  }
}

@Resolver(() => UserModel)
export class ModeratedBoardsResolver {
  @ResolveField(() => [BoardModel], {
    description:
      'Boards this user moderates as a board moderator (public, like Board.moderators); global moderators moderate every board besides',
  })
  async moderatedBoards(@Parent() user: UserModel, @Ctx() ctx: GqlContext): Promise<BoardModel[]> {
    const ids = await ctx.loaders.get(moderatedBoardIds).load(user.id);
    const boards = await ctx.loaders.get(boardById).loadMany(ids);
    return boards.flatMap((b) => (b && !(b instanceof Error) ? [toBoardModel(b)] : []));
  }
}
