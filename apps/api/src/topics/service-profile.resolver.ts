import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { UserModel, toUserModel } from '../users/user.model';
import { userById } from '../users/user.loaders';
import { UpdateServiceProfileInput } from './dto/service-profile.input';
import { ServiceProfileRevisionModel } from './service-profile.model';
import { ServiceProfileService } from './service-profile.service';
import { topicById } from './topic.loaders';
import { TopicModel, toTopicModel } from './topic.model';

/** The Steckbrief of an EfA service: its history, who may edit it, and the edit itself. */
@Resolver(() => TopicModel)
export class ServiceProfileResolver {
  constructor(private readonly profiles: ServiceProfileService) {}

  @Mutation(() => TopicModel, {
    description:
      'Changes the Steckbrief (lead Land and moderators; lead Land, OZG-ID and LeiKa key administrators only); every change is versioned',
  })
  async updateServiceProfile(
    @Args('input') input: UpdateServiceProfileInput,
    @Ctx() ctx: GqlContext,
  ): Promise<TopicModel> {
    const topic = await this.profiles.update(ctx.viewer, input);
    ctx.loaders.get(topicById).clear(topic.id).prime(topic.id, topic);
    return toTopicModel(topic);
  }

  @ResolveField(() => [ServiceProfileRevisionModel], {
    description: 'Versions of the Steckbrief, newest first (at most 100)',
  })
  profileHistory(
    @Parent() topic: TopicModel,
    @Ctx() ctx: GqlContext,
  ): Promise<ServiceProfileRevisionModel[]> {
    if (!ctx.viewer) return Promise.resolve([]);
    return this.profiles.history(topic.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit the Steckbrief' })
  async viewerCanEditProfile(@Parent() topic: TopicModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    const entity = await ctx.loaders.get(topicById).load(topic.id);
    return !!entity && this.profiles.viewerCanEdit(ctx.viewer, entity);
  }
}

@Resolver(() => ServiceProfileRevisionModel)
export class ServiceProfileRevisionResolver {
  @ResolveField(() => UserModel, { nullable: true, description: 'Who saved this version' })
  async editor(
    @Parent() rev: ServiceProfileRevisionModel,
    @Ctx() ctx: GqlContext,
  ): Promise<UserModel | null> {
    if (!rev.editorId) return null;
    const user = await ctx.loaders.get(userById).load(rev.editorId);
    return user ? toUserModel(user) : null;
  }
}
