import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserStatus } from '@forum/shared';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { contextLoader } from '../common/loaders/context-loader';
import { PostModel, toPostModel } from './post.model';
import { ThreadModel, toThreadModel } from '../threads/thread.model';
import { UserModel } from '../users/user.model';
import { activityListSize, UserActivityService, type UserActivityStats } from './user-activity.service';
import { threadById } from '../threads/thread.loaders';
import { postById } from './post.loaders';

const NO_STATS: UserActivityStats = { threadCount: 0, postCount: 0, acceptedAnswerCount: 0 };

/** Profile page fields; only signed-in, active accounts see other people's activity. */
@Resolver(() => UserModel)
export class UserActivityResolver {
  constructor(private readonly activity: UserActivityService) {}

  private stats(user: UserModel, ctx: GqlContext): Promise<UserActivityStats> {
    if (ctx.viewer?.status !== UserStatus.ACTIVE) return Promise.resolve(NO_STATS);
    return contextLoader(ctx, 'userActivity.stats', (ids) => this.activity.stats(ids)).load(user.id);
  }

  @ResolveField(() => Int, { description: 'Questions asked (merged ones not counted)' })
  async threadCount(@Parent() user: UserModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await this.stats(user, ctx)).threadCount;
  }

  @ResolveField(() => Int, { description: 'Visible posts (questions and answers)' })
  async postCount(@Parent() user: UserModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await this.stats(user, ctx)).postCount;
  }

  @ResolveField(() => Int, { description: 'Answers of this person accepted as the solution' })
  async acceptedAnswerCount(@Parent() user: UserModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await this.stats(user, ctx)).acceptedAnswerCount;
  }

  @ResolveField(() => [ThreadModel], { description: 'Questions asked, newest first' })
  async recentThreads(
    @Parent() user: UserModel,
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<ThreadModel[]> {
    const limit = activityListSize(first);
    if (ctx.viewer?.status !== UserStatus.ACTIVE) return [];
    const threads = await this.activity.recentThreads(user.id, limit);
    for (const t of threads) ctx.loaders.get(threadById).prime(t.id, t);
    return threads.map(toThreadModel);
  }

  @ResolveField(() => [PostModel], {
    description: 'Visible posts, newest first; repliesOnly leaves out the opening posts of questions',
  })
  async recentPosts(
    @Parent() user: UserModel,
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('repliesOnly', { type: () => Boolean, nullable: true }) repliesOnly?: boolean,
  ): Promise<PostModel[]> {
    const limit = activityListSize(first);
    if (ctx.viewer?.status !== UserStatus.ACTIVE) return [];
    const posts = await this.activity.recentPosts(user.id, limit, repliesOnly ?? false);
    for (const p of posts) ctx.loaders.get(postById).prime(p.id, p);
    return posts.map(toPostModel);
  }
}
