import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { QuestionProgress, ThreadState } from '../common/graphql/enums';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { mapConnection } from '../common/pagination/cursor';
import { ThreadConnection } from '../threads/thread-connection.model';
import { toThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { TopicModel, toTopicModel } from './topic.model';
import { TopicsService } from './topics.service';

@Resolver(() => TopicModel)
export class TopicsResolver {
  constructor(
    private readonly topics: TopicsService,
    private readonly threadsService: ThreadsService,
  ) {}

  @Query(() => TopicModel, { nullable: true })
  async topic(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: GqlContext,
  ): Promise<TopicModel | null> {
    const topic = await this.topics.byId(ctx.viewer, id);
    return topic ? toTopicModel(topic) : null;
  }

  @ResolveField(() => ThreadConnection, { description: 'Pinned first, then by last activity, newest first' })
  async threads(
    @Parent() topic: TopicModel,
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('state', { type: () => ThreadState, nullable: true }) state?: ThreadState,
    @Args('progress', {
      type: () => QuestionProgress,
      nullable: true,
      description: 'Only questions with this status (Offen, Landesantwort liegt vor, Gelöst, Geschlossen)',
    })
    progress?: QuestionProgress,
  ) {
    // The topic's counters (kept by a trigger, same definitions) spare counting thousands of threads.
    const unfiltered = !state && !progress;
    const openOnly = !state && progress === QuestionProgress.OPEN;
    const stats = unfiltered || openOnly ? ctx.loaders.topicStats.load(topic.id) : null;
    const total = stats?.then((s) => (openOnly ? s.openThreadCount : s.threadCount));
    const conn = await this.threadsService.listForTopic(ctx.viewer, topic.id, {
      first,
      after,
      state,
      progress,
      total,
    });
    for (const edge of conn.edges) ctx.loaders.thread.prime(edge.node.id, edge.node);
    return mapConnection(conn, toThreadModel);
  }
}
