import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isGlobalModerator } from '../common/permissions/permissions';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import type { UserEntity } from '../users/user.entity';
import { toUserModel, UserModel } from '../users/user.model';
import { RejectUserArgs, SetUserRoleArgs, SuspendUserArgs } from './dto/user-moderation.args';
import { suspension } from './moderation-loaders';
import { UserModerationService } from './user-moderation.service';
import { userById } from '../users/user.loaders';

@Resolver(() => UserModel)
export class UserModerationResolver {
  constructor(private readonly users: UserModerationService) {}

  private fresh(user: UserEntity, ctx: GqlContext): UserModel {
    ctx.loaders.get(userById).clear(user.id);
    return toUserModel(user);
  }

  @Mutation(() => UserModel, {
    description:
      'Suspends an account at once: sessions revoked, sockets disconnected (moderators). Without `until` it lasts until unsuspendUser; with `until` it ends at the first sign-in after that time',
  })
  async suspendUser(@Args() args: SuspendUserArgs, @Ctx() ctx: GqlContext): Promise<UserModel> {
    return this.fresh(
      await this.users.suspend(ctx.viewer, args.userId, args.reason, args.until ?? null),
      ctx,
    );
  }

  @Mutation(() => UserModel, { description: 'Lifts a suspension (moderators)' })
  async unsuspendUser(
    @Args('userId', { type: () => ID }) userId: string,
    @Ctx() ctx: GqlContext,
  ): Promise<UserModel> {
    return this.fresh(await this.users.unsuspend(ctx.viewer, userId), ctx);
  }

  @Mutation(() => UserModel, {
    description:
      'Declines a pending registration (moderators): the account is deleted and its e-mail address can register again',
  })
  async rejectUser(@Args() args: RejectUserArgs, @Ctx() ctx: GqlContext): Promise<UserModel> {
    return this.fresh(await this.users.reject(ctx.viewer, args.userId, args.reason), ctx);
  }

  @Mutation(() => UserModel, { description: 'Changes the global role of an account (administrators)' })
  async setUserRole(@Args() args: SetUserRoleArgs, @Ctx() ctx: GqlContext): Promise<UserModel> {
    return this.fresh(await this.users.setRole(ctx.viewer, args.userId, args.role), ctx);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether the e-mail address is confirmed (the user themself and moderators; the approval queue marks unconfirmed ones)',
  })
  emailConfirmed(@Parent() user: UserModel, @Ctx() ctx: GqlContext): boolean | null {
    if (!ctx.viewer || (ctx.viewer.id !== user.id && !isGlobalModerator(ctx.viewer))) return null;
    return user.privateEmailConfirmed;
  }

  private mayReadSuspension(user: UserModel, ctx: GqlContext): boolean {
    return !!ctx.viewer && (ctx.viewer.id === user.id || isGlobalModerator(ctx.viewer));
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'End of a suspension (the user themself and moderators)',
  })
  async suspendedUntil(@Parent() user: UserModel, @Ctx() ctx: GqlContext): Promise<Date | null> {
    if (!this.mayReadSuspension(user, ctx)) return null;
    return (await ctx.loaders.get(suspension).load(user.id)).until;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why the account is suspended (the user themself and moderators)',
  })
  async suspensionReason(@Parent() user: UserModel, @Ctx() ctx: GqlContext): Promise<string | null> {
    if (!this.mayReadSuspension(user, ctx)) return null;
    return (await ctx.loaders.get(suspension).load(user.id)).reason;
  }
}
