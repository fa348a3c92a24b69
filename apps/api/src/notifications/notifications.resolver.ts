import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { ConnectionType } from '../common/pagination/connection.model';
import { mapConnection } from '../common/pagination/cursor';
import { PostModel, toPostModel } from '../posts/post.model';
import { ThreadModel, toThreadModel } from '../threads/thread.model';
import { toUserModel, UserModel } from '../users/user.model';
import { NotificationModel, toNotificationModel } from './notification.model';
import { NotificationsService } from './notifications.service';
import { threadById } from '../threads/thread.loaders';
import { postById } from '../posts/post.loaders';
import { userById } from '../users/user.loaders';

export const NotificationConnection = ConnectionType(NotificationModel, 'Notification');

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly notificationsService: NotificationsService) {}

  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first" })
  async notifications(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean,
  ) {
    return mapConnection(
      await this.notificationsService.list(ctx.viewer, first, after, unreadOnly),
      toNotificationModel,
    );
  }

  @Query(() => Int, { description: "Number of the viewer's unread notifications" })
  unreadNotificationCount(@Ctx() ctx: GqlContext): Promise<number> {
    return this.notificationsService.unreadCount(ctx.viewer);
  }

  @Query(() => [UserModel], {
    description: 'Active users whose display name starts with the text (mention autocomplete)',
  })
  async mentionableUsers(
    @Ctx() ctx: GqlContext,
    @Args('search') search: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<UserModel[]> {
    return (await this.notificationsService.mentionable(ctx.viewer, search, first ?? 8)).map(toUserModel);
  }

  @Mutation(() => Int, {
    description: 'Marks the given notifications read (no ids: all); returns how many changed',
  })
  markNotificationsRead(
    @Ctx() ctx: GqlContext,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[],
  ): Promise<number> {
    return this.notificationsService.markRead(ctx.viewer, ids);
  }

  @ResolveField(() => ThreadModel, { nullable: true })
  async thread(@Parent() n: NotificationModel, @Ctx() ctx: GqlContext): Promise<ThreadModel | null> {
    if (!n.threadId) return null;
    const thread = await ctx.loaders.get(threadById).load(n.threadId);
    return thread ? toThreadModel(thread) : null;
  }

  @ResolveField(() => PostModel, { nullable: true })
  async post(@Parent() n: NotificationModel, @Ctx() ctx: GqlContext): Promise<PostModel | null> {
    if (!n.postId) return null;
    const post = await ctx.loaders.get(postById).load(n.postId);
    return post ? toPostModel(post) : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who caused the notification' })
  async actor(@Parent() n: NotificationModel, @Ctx() ctx: GqlContext): Promise<UserModel | null> {
    if (!n.actorId) return null;
    const user = await ctx.loaders.get(userById).load(n.actorId);
    return user ? toUserModel(user) : null;
  }
}
