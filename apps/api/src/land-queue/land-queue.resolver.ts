import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { QuestionProgress } from '../common/graphql/enums';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { mapConnection } from '../common/pagination/cursor';
import { ThreadConnection } from '../threads/thread-connection.model';
import { threadById } from '../threads/thread.loaders';
import { toThreadModel } from '../threads/thread.model';
import { LandQueueService } from './land-queue.service';

@Resolver()
export class LandQueueResolver {
  constructor(private readonly landQueueService: LandQueueService) {}

  @Query(() => ThreadConnection, {
    description:
      '"Fragen an mein Land": questions in services the viewer\'s Land leads, oldest first; progress OPEN (default: no official Land answer yet) or LAND_ANSWERED (answered, not yet accepted)',
  })
  async landQueue(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('topicId', { type: () => ID, nullable: true }) topicId?: string,
    @Args('progress', { type: () => QuestionProgress, nullable: true }) progress?: QuestionProgress,
  ) {
    const conn = await this.landQueueService.landQueue(ctx.viewer, { first, after, topicId, progress });
    for (const edge of conn.edges) ctx.loaders.get(threadById).prime(edge.node.id, edge.node);
    return mapConnection(conn, toThreadModel);
  }

  @Query(() => Int, {
    description: "Open questions for the viewer's Land (landQueue's OPEN tab; 0 for others)",
  })
  landQueueCount(@Ctx() ctx: GqlContext): Promise<number> {
    return this.landQueueService.landQueueCount(ctx.viewer);
  }
}
