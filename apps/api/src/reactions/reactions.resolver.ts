import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { badInput } from '../common/errors/domain-error';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { clearContextLoader, contextLoader } from '../common/loaders/context-loader';
import { PostModel, toPostModel } from '../posts/post.model';
import { toUserModel, UserModel } from '../users/user.model';
import { HELPFUL_BY_MAX, ReactionsService } from './reactions.service';

const COUNT = 'reactions.count';
const VIEWER = 'reactions.viewer';

@Resolver(() => PostModel)
export class PostReactionsResolver {
  constructor(private readonly reactions: ReactionsService) {}

  @Mutation(() => PostModel, {
    description: 'Marks a post as helpful ("hilfreich") or takes it back; not on own posts',
  })
  async setHelpful(
    @Args('postId', { type: () => ID }) postId: string,
    @Args('helpful', { type: () => Boolean }) helpful: boolean,
    @Ctx() ctx: GqlContext,
  ): Promise<PostModel> {
    const post = await this.reactions.setHelpful(ctx.viewer, postId, helpful);
    for (const name of [COUNT, VIEWER]) clearContextLoader(ctx, name);
    return toPostModel(post);
  }

  @ResolveField(() => Int, { description: 'How many people found the post helpful' })
  helpfulCount(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<number> {
    return contextLoader(ctx, COUNT, (ids) => this.reactions.counts(ids)).load(post.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer found the post helpful' })
  async viewerFoundHelpful(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer) return false;
    return contextLoader(ctx, VIEWER, (ids) => this.reactions.viewerFound(viewer.id, ids)).load(post.id);
  }

  @ResolveField(() => [UserModel], { description: 'Who found the post helpful, most recent first' })
  async helpfulBy(
    @Parent() post: PostModel,
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<UserModel[]> {
    const limit = first ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > HELPFUL_BY_MAX)
      throw badInput(`"first" muss zwischen 1 und ${HELPFUL_BY_MAX} liegen.`, {
        first: `1 bis ${HELPFUL_BY_MAX}`,
      });
    if (!ctx.viewer) return [];
    const users = await contextLoader(ctx, `reactions.by.${limit}`, (ids) =>
      this.reactions.helpfulBy(ids, limit),
    ).load(post.id);
    return users.map(toUserModel);
  }
}
