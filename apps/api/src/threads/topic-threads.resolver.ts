import { Args, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { badInput } from '../common/errors/domain-error';
import { isUuid } from '../common/validation/is-uuid';
import { QuestionProgress, ThreadState } from '../common/graphql/enums';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { mapConnection } from '../common/pagination/cursor';
import { topicStats } from '../topics/topic.loaders';
import { TopicModel } from '../topics/topic.model';
import { ThreadConnection } from './thread-connection.model';
import { threadById } from './thread.loaders';
import { toThreadModel } from './thread.model';
import { ThreadsService } from './threads.service';

@Resolver(() => TopicModel)
export class TopicThreadsResolver {
  constructor(private readonly threadsService: ThreadsService) {}

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
    @Args('tagId', { type: () => ID, nullable: true, description: 'Only questions with this tag' })
    tagId?: string,
  ) {
    if (tagId && !isUuid(tagId)) throw badInput('Ungültiges Schlagwort.', { tagId: 'Ungültiges Schlagwort' });
    // The topic's counters (kept by a trigger, same definitions) spare counting thousands of threads.
    const unfiltered = !state && !progress && !tagId;
    const openOnly = !state && !tagId && progress === QuestionProgress.OPEN;
    const stats = unfiltered || openOnly ? ctx.loaders.get(topicStats).load(topic.id) : null;
    const total = stats?.then((s) => (openOnly ? s.openThreadCount : s.threadCount));
    const conn = await this.threadsService.listForTopic(ctx.viewer, topic.id, {
      first,
      after,
      state,
      progress,
      tagId,
      total,
    });
    for (const edge of conn.edges) ctx.loaders.get(threadById).prime(edge.node.id, edge.node);
    return mapConnection(conn, toThreadModel);
  }
}
