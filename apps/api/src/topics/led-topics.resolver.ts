import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganisationKind } from '@forum/shared';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { OrganisationModel } from '../organisations/organisation.model';
import { topicsByLeadLand } from './topic.loaders';
import { TopicModel, toTopicModel } from './topic.model';

@Resolver(() => OrganisationModel)
export class LedTopicsResolver {
  @ResolveField(() => [TopicModel], { description: 'For a Land: the EfA services it leads' })
  async ledTopics(@Parent() org: OrganisationModel, @Ctx() ctx: GqlContext): Promise<TopicModel[]> {
    if (org.kind !== OrganisationKind.LAND || !ctx.viewer) return [];
    const topics = await ctx.loaders.get(topicsByLeadLand).load(org.id);
    return topics.map(toTopicModel);
  }
}
