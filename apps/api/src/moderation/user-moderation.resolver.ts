import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isGlobalModerator } from '../common/permissions/permissions';
import { BoardModel, toBoardModel } from '../boards/board.model';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import type { UserEntity } from '../users/user.entity';
import { toUserModel, UserModel } from '../users/user.model';
import { emailDomainOf } from '../auth/registration-rules';
import { AllowedEmailDomainArgs } from '../auth/dto/allowed-email-domain.args';
import { RejectUserArgs, SetUserRoleArgs, SuspendUserArgs } from './dto/user-moderation.args';
import { EmailDomainAllowlistService } from '../auth/email-domain-allowlist.service';
import { AllowedEmailDomainModel, toAllowedEmailDomainModel } from '../auth/allowed-email-domain.model';
import { moderationLoaders } from './moderation-loaders';
import { UserModerationService } from './user-moderation.service';

@Resolver(() => UserModel)
export class UserModerationResolver {
  constructor(
    private readonly users: UserModerationService,
    private readonly allowlist: EmailDomainAllowlistService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  private fresh(user: UserEntity, ctx: GqlContext): UserModel {
    ctx.loaders.user.clear(user.id);
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

  @Query(() => [AllowedEmailDomainModel], {
    description: 'E-mail domains whose registrations are approved at once (administrators)',
  })
  async allowedEmailDomains(@Ctx() ctx: GqlContext): Promise<AllowedEmailDomainModel[]> {
    return (await this.allowlist.list(ctx.viewer)).map(toAllowedEmailDomainModel);
  }

  @Mutation(() => AllowedEmailDomainModel, {
    description:
      'Approves future registrations from this domain for this organisation kind at once (administrators)',
  })
  async addAllowedEmailDomain(
    @Args() args: AllowedEmailDomainArgs,
    @Ctx() ctx: GqlContext,
  ): Promise<AllowedEmailDomainModel> {
    return toAllowedEmailDomainModel(await this.allowlist.add(ctx.viewer, args.domain, args.kind));
  }

  @Mutation(() => Boolean, { description: 'Removes a domain from the allow-list (administrators)' })
  async removeAllowedEmailDomain(
    @Args() args: AllowedEmailDomainArgs,
    @Ctx() ctx: GqlContext,
  ): Promise<boolean> {
    return this.allowlist.remove(ctx.viewer, args.domain, args.kind);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Domain of the e-mail address, for the approval queue (moderators only)',
  })
  emailDomain(@Parent() user: UserModel, @Ctx() ctx: GqlContext): string | null {
    if (!ctx.viewer || !isGlobalModerator(ctx.viewer)) return null;
    return emailDomainOf(user.privateEmail);
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
    return (await moderationLoaders(ctx, this.ds).suspension.load(user.id)).until;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why the account is suspended (the user themself and moderators)',
  })
  async suspensionReason(@Parent() user: UserModel, @Ctx() ctx: GqlContext): Promise<string | null> {
    if (!this.mayReadSuspension(user, ctx)) return null;
    return (await moderationLoaders(ctx, this.ds).suspension.load(user.id)).reason;
  }

  @ResolveField(() => [BoardModel], {
    description:
      'Boards this user moderates as a board moderator (public, like Board.moderators); global moderators moderate every board besides',
  })
  async moderatedBoards(@Parent() user: UserModel, @Ctx() ctx: GqlContext): Promise<BoardModel[]> {
    const ids = await moderationLoaders(ctx, this.ds).moderatedBoardIds.load(user.id);
    const boards = await ctx.loaders.board.loadMany(ids);
    return boards.flatMap((b) => (b && !(b instanceof Error) ? [toBoardModel(b)] : []));
  }
}
