import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../common/graphql/current-context.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { topicById } from '../../topics/topic.loaders';
import { TopicModel, toTopicModel } from '../../topics/topic.model';
import { SearchSuggestionModel, ServiceSynonymModel } from './service-synonym.model';
import { ServiceSynonymsService } from './service-synonyms.service';

const toSynonym = (row: { id: string; term: string }) =>
  Object.assign(new ServiceSynonymModel(), { id: row.id, term: row.term });

/** Finding EfA services by name and everyday words; the words themselves (administrators). */
@Resolver(() => TopicModel)
export class ServicesResolver {
  constructor(private readonly words: ServiceSynonymsService) {}

  private async topics(ctx: GqlContext, ids: string[]): Promise<TopicModel[]> {
    const topics = await ctx.loaders.get(topicById).loadMany(ids);
    return topics.filter((t) => t && !(t instanceof Error)).map((t) => toTopicModel(t as never));
  }

  @Query(() => [TopicModel], {
    description: 'EfA services by name and by synonyms (e.g. "Ummeldung" → eWA), best first, at most 8',
  })
  async services(@Args('search') search: string, @Ctx() ctx: GqlContext): Promise<TopicModel[]> {
    return this.topics(ctx, await this.words.services(ctx.viewer, search));
  }

  @Query(() => SearchSuggestionModel, {
    description: 'For a search without results: the closest service and a spelling correction (trigram)',
  })
  async searchSuggestion(
    @Args('query') query: string,
    @Ctx() ctx: GqlContext,
  ): Promise<SearchSuggestionModel> {
    const { serviceId, correction } = await this.words.suggestion(ctx.viewer, query);
    const [service] = serviceId ? await this.topics(ctx, [serviceId]) : [];
    return Object.assign(new SearchSuggestionModel(), { service: service ?? null, correction });
  }

  @ResolveField(() => [ServiceSynonymModel], {
    description: 'Everyday words under which the service is found',
  })
  async synonyms(@Parent() topic: TopicModel, @Ctx() ctx: GqlContext): Promise<ServiceSynonymModel[]> {
    if (!ctx.viewer) return [];
    return (await this.words.synonymsOf([topic.id])).map(toSynonym);
  }

  @Mutation(() => ServiceSynonymModel, {
    description:
      'Adds an everyday word to a service (administrators); CONFLICT when the service has it already',
  })
  async addServiceSynonym(
    @Args('topicId', { type: () => ID }) topicId: string,
    @Args('term') term: string,
    @Ctx() ctx: GqlContext,
  ): Promise<ServiceSynonymModel> {
    return toSynonym(await this.words.add(ctx.viewer, topicId, term));
  }

  @Mutation(() => ServiceSynonymModel, {
    description:
      'Corrects an everyday word of a service (administrators); CONFLICT when the service has it already',
  })
  async updateServiceSynonym(
    @Args('id', { type: () => ID }) id: string,
    @Args('term') term: string,
    @Ctx() ctx: GqlContext,
  ): Promise<ServiceSynonymModel> {
    return toSynonym(await this.words.update(ctx.viewer, id, term));
  }

  @Mutation(() => Boolean, { description: 'Removes an everyday word of a service (administrators)' })
  removeServiceSynonym(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: GqlContext): Promise<boolean> {
    return this.words.remove(ctx.viewer, id);
  }
}
