import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isGlobalModerator } from '../common/permissions/permissions';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { ConnectionType } from '../common/pagination/connection.model';
import { mapConnection } from '../common/pagination/cursor';
import { UpdateProfileInput } from './dto/update-profile.input';
import { toUserModel, UserModel } from './user.model';
import { UsersService } from './users.service';
import { userById } from './user.loaders';

export const UserConnection = ConnectionType(UserModel, 'User');

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => UserModel, { nullable: true })
  async user(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: GqlContext): Promise<UserModel | null> {
    const user = await this.users.findVisible(ctx.viewer, id);
    return user ? toUserModel(user) : null;
  }

  @Query(() => UserConnection, {
    description:
      'Registrations waiting for approval, oldest first (moderators); unconfirmed e-mail addresses included (User.emailConfirmed)',
  })
  async pendingUsers(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return mapConnection(await this.users.pending(ctx.viewer, first, after), toUserModel);
  }

  @Mutation(() => UserModel, {
    description:
      'Activates a pending account (moderators). An unconfirmed e-mail address needs vouchForEmail: true (CONFLICT otherwise)',
  })
  async approveUser(
    @Args('userId', { type: () => ID }) userId: string,
    @Ctx() ctx: GqlContext,
    @Args('vouchForEmail', {
      type: () => Boolean,
      nullable: true,
      description:
        'The moderator vouches for an address not yet confirmed by its link (kept in the audit log)',
    })
    vouchForEmail?: boolean,
  ): Promise<UserModel> {
    const user = await this.users.approve(ctx.viewer, userId, vouchForEmail ?? false);
    ctx.loaders.get(userById).clear(user.id);
    return toUserModel(user);
  }

  @Mutation(() => UserModel, { description: "Changes the signed-in user's display name" })
  async updateProfile(@Args('input') input: UpdateProfileInput, @Ctx() ctx: GqlContext): Promise<UserModel> {
    return toUserModel(await this.users.updateProfile(ctx.viewer, input.displayName));
  }

  @ResolveField(() => String, { nullable: true, description: 'Only for the user themself and moderators' })
  email(@Parent() user: UserModel, @Ctx() ctx: GqlContext): string | null {
    const viewer = ctx.viewer;
    if (!viewer) return null;
    return viewer.id === user.id || isGlobalModerator(viewer) ? user.privateEmail : null;
  }
}
