import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FlagState } from '@forum/shared';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { mapConnection } from '../common/pagination/cursor';
import { PostModel, toPostModel } from '../posts/post.model';
import { toUserModel, UserModel } from '../users/user.model';
import { FlagPostArgs } from './dto/flag-post.args';
import { ResolveFlagArgs, ResolveFlagsForPostArgs } from './dto/resolve-flag.args';
import { FlagsService } from './flags.service';
import { FlagConnection, FlagModel, toFlagModel } from './models/flag.model';
import { postById } from '../posts/post.loaders';
import { userById } from '../users/user.loaders';

@Resolver(() => FlagModel)
export class FlagsResolver {
  constructor(private readonly flagsService: FlagsService) {}

  @Mutation(() => FlagModel, { description: 'Reports a post to the moderation (once per post and user)' })
  async flagPost(@Args() args: FlagPostArgs, @Ctx() ctx: GqlContext): Promise<FlagModel> {
    return toFlagModel(await this.flagsService.flag(ctx.viewer, args));
  }

  @Mutation(() => FlagModel, {
    description: 'Closes one flag as RESOLVED, or DISMISSED with dismiss: true (moderators of the board)',
  })
  async resolveFlag(@Args() args: ResolveFlagArgs, @Ctx() ctx: GqlContext): Promise<FlagModel> {
    return toFlagModel(
      await this.flagsService.resolve(ctx.viewer, args.flagId, !!args.dismiss, args.note ?? null),
    );
  }

  @Mutation(() => [FlagModel], { description: 'Closes every open flag of a post (moderators of the board)' })
  async resolveFlagsForPost(
    @Args() args: ResolveFlagsForPostArgs,
    @Ctx() ctx: GqlContext,
  ): Promise<FlagModel[]> {
    const flags = await this.flagsService.resolveForPost(
      ctx.viewer,
      args.postId,
      !!args.dismiss,
      args.note ?? null,
    );
    return flags.map(toFlagModel);
  }

  @Query(() => FlagConnection, {
    description: 'Review queue, newest first (moderators; board moderators see their boards only)',
  })
  async flags(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('state', { type: () => FlagState, nullable: true }) state?: FlagState,
  ) {
    return mapConnection(await this.flagsService.list(ctx.viewer, { first, after, state }), toFlagModel);
  }

  @ResolveField(() => PostModel)
  async post(@Parent() flag: FlagModel, @Ctx() ctx: GqlContext): Promise<PostModel> {
    const post = await ctx.loaders.get(postById).load(flag.postId);
    if (!post) throw new Error(`Post ${flag.postId} missing for flag ${flag.id}`);
    return toPostModel(post);
  }

  @ResolveField(() => UserModel)
  async reporter(@Parent() flag: FlagModel, @Ctx() ctx: GqlContext): Promise<UserModel> {
    const user = await ctx.loaders.get(userById).load(flag.reporterId);
    if (!user) throw new Error(`Reporter ${flag.reporterId} missing for flag ${flag.id}`);
    return toUserModel(user);
  }

  @ResolveField(() => UserModel, { nullable: true })
  async resolvedBy(@Parent() flag: FlagModel, @Ctx() ctx: GqlContext): Promise<UserModel | null> {
    if (!flag.resolvedById) return null;
    const user = await ctx.loaders.get(userById).load(flag.resolvedById);
    return user ? toUserModel(user) : null;
  }
}
