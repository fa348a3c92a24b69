import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { PostModel, toPostModel } from '../posts/post.model';
import { ThreadModel, toThreadModel } from '../threads/thread.model';
import { SearchFilterInput, SearchSort } from './dto/search-filter.input';
import { SearchResultConnection, SearchResultModel, SimilarThreadModel } from './search.models';
import { SearchService } from './search.service';
import { threadById } from '../threads/thread.loaders';
import { postById } from '../posts/post.loaders';

async function threadOf(ctx: GqlContext, id: string): Promise<ThreadModel> {
  const thread = await ctx.loaders.get(threadById).load(id);
  if (!thread) throw new Error(`Thread ${id} missing`);
  return toThreadModel(thread);
}

@Resolver(() => SearchResultModel)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchResultConnection, {
    description:
      'German full-text search: "exakte Phrase", -ausschließen, OR; the last word matches as a prefix',
  })
  search(
    @Ctx() ctx: GqlContext,
    @Args('query') query: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('filter', { type: () => SearchFilterInput, nullable: true }) filter?: SearchFilterInput,
    @Args('sort', { type: () => SearchSort, nullable: true }) sort?: SearchSort,
  ) {
    return this.searchService.search(ctx.viewer, query, { first, after, filter, sort });
  }

  @Query(() => [SimilarThreadModel], {
    description: 'Existing questions similar to a title (new-question form)',
  })
  similarThreads(
    @Ctx() ctx: GqlContext,
    @Args('title') title: string,
    @Args('topicId', { type: () => ID, nullable: true }) topicId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ) {
    return this.searchService.similar(ctx.viewer, title, topicId, first ?? 5);
  }

  @ResolveField(() => ThreadModel)
  thread(@Parent() result: SearchResultModel, @Ctx() ctx: GqlContext) {
    return threadOf(ctx, result.threadId);
  }

  @ResolveField(() => PostModel, {
    nullable: true,
    description: 'The best matching post; null when only the title matched',
  })
  async post(@Parent() result: SearchResultModel, @Ctx() ctx: GqlContext): Promise<PostModel | null> {
    if (!result.postId) return null;
    const post = await ctx.loaders.get(postById).load(result.postId);
    return post ? toPostModel(post) : null;
  }
}

@Resolver(() => SimilarThreadModel)
export class SimilarThreadResolver {
  @ResolveField(() => ThreadModel)
  thread(@Parent() row: SimilarThreadModel, @Ctx() ctx: GqlContext) {
    return threadOf(ctx, row.threadId);
  }
}
