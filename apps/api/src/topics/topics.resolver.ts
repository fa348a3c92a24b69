import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { TopicModel, toTopicModel } from './topic.model';
import { TopicsService } from './topics.service';

@Resolver(() => TopicModel)
export class TopicsResolver {
  constructor(private readonly topics: TopicsService) {}

  @Query(() => TopicModel, { nullable: true })
  async topic(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: GqlContext,
  ): Promise<TopicModel | null> {
    const topic = await this.topics.byId(ctx.viewer, id);
    return topic ? toTopicModel(topic) : null;
  }
}
