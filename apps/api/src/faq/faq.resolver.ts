import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { postById } from '../posts/post.loaders';
import { PostModel, toPostModel } from '../posts/post.model';
import { threadById } from '../threads/thread.loaders';
import { ThreadModel, toThreadModel } from '../threads/thread.model';
import { topicById } from '../topics/topic.loaders';
import { TopicModel, toTopicModel } from '../topics/topic.model';
import { userById } from '../users/user.loaders';
import { UserModel, toUserModel } from '../users/user.model';
import { PromoteToFaqArgs, UpdateFaqEntryInput } from './dto/faq.args';
import { FaqEntryModel, toFaqEntryModel } from './faq-entry.model';
import { FaqService } from './faq.service';

/** Topic.faq and the FAQ's curation. */
@Resolver(() => TopicModel)
export class TopicFaqResolver {
  constructor(private readonly faqs: FaqService) {}

  @ResolveField(() => [FaqEntryModel], { description: 'The FAQ of the EfA service, in its order' })
  async faq(@Parent() topic: TopicModel, @Ctx() ctx: GqlContext): Promise<FaqEntryModel[]> {
    if (!ctx.viewer) return [];
    return (await this.faqs.ofTopics([topic.id])).map(toFaqEntryModel);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may promote answers into this FAQ' })
  viewerCanCurateFaq(@Parent() topic: TopicModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    return this.faqs.viewerMayCurate(ctx.viewer, topic.id);
  }

  @Query(() => [FaqEntryModel], {
    description: 'FAQ entries matching a search or a question being typed (synonyms expanded), best first',
  })
  async faqEntries(
    @Args('search') search: string,
    @Args('topicId', { type: () => ID, nullable: true }) topicId: string | undefined,
    @Args('first', { type: () => Int, nullable: true }) first: number | undefined,
    @Ctx() ctx: GqlContext,
  ): Promise<FaqEntryModel[]> {
    return (await this.faqs.search(ctx.viewer, search, topicId ?? null, first ?? 3)).map(toFaqEntryModel);
  }

  @Mutation(() => FaqEntryModel, {
    description:
      'Promotes an accepted or official answer into the FAQ of its service (lead Land and moderators)',
  })
  async promoteToFaq(@Args() args: PromoteToFaqArgs, @Ctx() ctx: GqlContext): Promise<FaqEntryModel> {
    return toFaqEntryModel(await this.faqs.promote(ctx.viewer, args));
  }

  @Mutation(() => FaqEntryModel, { description: 'Edits an FAQ entry; clears its "source changed" mark' })
  async updateFaqEntry(
    @Args('input') input: UpdateFaqEntryInput,
    @Ctx() ctx: GqlContext,
  ): Promise<FaqEntryModel> {
    return toFaqEntryModel(await this.faqs.update(ctx.viewer, input));
  }

  @Mutation(() => Boolean, { description: 'Removes an entry from the FAQ (the thread stays)' })
  removeFaqEntry(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: GqlContext): Promise<boolean> {
    return this.faqs.remove(ctx.viewer, id);
  }

  @Mutation(() => [FaqEntryModel], { description: 'Puts the FAQ of a service into a new order' })
  async reorderFaq(
    @Args('topicId', { type: () => ID }) topicId: string,
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Ctx() ctx: GqlContext,
  ): Promise<FaqEntryModel[]> {
    return (await this.faqs.reorder(ctx.viewer, topicId, ids)).map(toFaqEntryModel);
  }
}

@Resolver(() => FaqEntryModel)
export class FaqEntryResolver {
  @ResolveField(() => PostModel, { nullable: true, description: 'The answer it was promoted from' })
  async sourcePost(@Parent() entry: FaqEntryModel, @Ctx() ctx: GqlContext): Promise<PostModel | null> {
    if (!entry.sourcePostId) return null;
    const post = await ctx.loaders.get(postById).load(entry.sourcePostId);
    return post && !post.deletedAt ? toPostModel(post) : null;
  }

  @ResolveField(() => ThreadModel, { nullable: true, description: 'The thread of the source answer' })
  async sourceThread(@Parent() entry: FaqEntryModel, @Ctx() ctx: GqlContext): Promise<ThreadModel | null> {
    if (!entry.sourcePostId) return null;
    const post = await ctx.loaders.get(postById).load(entry.sourcePostId);
    const thread = post && (await ctx.loaders.get(threadById).load(post.threadId));
    return thread ? toThreadModel(thread) : null;
  }

  @ResolveField(() => TopicModel)
  async topic(@Parent() entry: FaqEntryModel, @Ctx() ctx: GqlContext): Promise<TopicModel> {
    const topic = await ctx.loaders.get(topicById).load(entry.topicId);
    if (!topic) throw new Error(`Topic ${entry.topicId} missing for FAQ entry ${entry.id}`);
    return toTopicModel(topic);
  }

  @ResolveField(() => UserModel, { nullable: true })
  async promotedBy(@Parent() entry: FaqEntryModel, @Ctx() ctx: GqlContext): Promise<UserModel | null> {
    if (!entry.promotedById) return null;
    const user = await ctx.loaders.get(userById).load(entry.promotedById);
    return user ? toUserModel(user) : null;
  }
}
