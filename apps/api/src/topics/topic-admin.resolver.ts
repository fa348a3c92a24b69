import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { CreateTopicInput, UpdateTopicInput } from './dto/topic.input';
import { TopicAdminService } from './topic-admin.service';
import { topicById, topicsByBoard } from './topic.loaders';
import { TopicModel, toTopicModel } from './topic.model';

@Resolver(() => TopicModel)
export class TopicAdminResolver {
  constructor(private readonly admin: TopicAdminService) {}

  @Mutation(() => TopicModel, { description: 'Creates a topic, usually one EfA service (administrators)' })
  async createTopic(@Args('input') input: CreateTopicInput, @Ctx() ctx: GqlContext): Promise<TopicModel> {
    const topic = await this.admin.createTopic(ctx.viewer, input);
    ctx.loaders.get(topicsByBoard).clear(topic.boardId);
    return toTopicModel(topic);
  }

  @Mutation(() => TopicModel, { description: 'Changes, moves or archives a topic (administrators)' })
  async updateTopic(@Args('input') input: UpdateTopicInput, @Ctx() ctx: GqlContext): Promise<TopicModel> {
    const topic = await this.admin.updateTopic(ctx.viewer, input);
    ctx.loaders.get(topicById).clear(topic.id).prime(topic.id, topic);
    ctx.loaders.get(topicsByBoard).clearAll();
    return toTopicModel(topic);
  }
}
