import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { QuestionProgress, ThreadState } from '../common/graphql/enums';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { mapConnection } from '../common/pagination/cursor';
import { tagsByThread } from '../tags/tag.loaders';
import { TagModel, toTagModel } from '../tags/tag.model';
import { ThreadConnection } from './thread-connection.model';
import { threadById } from './thread.loaders';
import { ThreadModel, toThreadModel } from './thread.model';
import { ThreadsService } from './threads.service';

/** `Thread.tags`: tags are below threads, so the thread's side is resolved here. */
@Resolver(() => ThreadModel)
export class ThreadTagsResolver {
  @ResolveField(() => [TagModel], { description: 'The tags of the question, by name' })
  async tags(@Parent() thread: ThreadModel, @Ctx() ctx: GqlContext): Promise<TagModel[]> {
    return (await ctx.loaders.get(tagsByThread).load(thread.id)).map(toTagModel);
  }
}

/** `Tag.threads`: the tag page, questions across all services. */
@Resolver(() => TagModel)
export class TagThreadsResolver {
  constructor(private readonly threadsService: ThreadsService) {}

  @ResolveField(() => ThreadConnection, {
    description: 'Questions with this tag across all services, latest activity first',
  })
  async threads(
    @Parent() tag: TagModel,
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('state', { type: () => ThreadState, nullable: true }) state?: ThreadState,
    @Args('progress', { type: () => QuestionProgress, nullable: true }) progress?: QuestionProgress,
  ) {
    const conn = await this.threadsService.listForTag(ctx.viewer, tag.id, { first, after, state, progress });
    for (const edge of conn.edges) ctx.loaders.get(threadById).prime(edge.node.id, edge.node);
    return mapConnection(conn, toThreadModel);
  }
}
