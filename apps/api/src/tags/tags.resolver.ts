import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { MergeTagsInput, TagInput, UpdateTagInput } from './dto/tag.inputs';
import { questionCountByTag } from './tag.loaders';
import { TagModel, toTagModel } from './tag.model';
import { TagsService } from './tags.service';

@Resolver(() => TagModel)
export class TagsResolver {
  constructor(private readonly service: TagsService) {}

  @Query(() => [TagModel], { description: 'All tags, by name' })
  async tags(@Ctx() ctx: GqlContext): Promise<TagModel[]> {
    return (await this.service.list(ctx.viewer)).map(toTagModel);
  }

  @Query(() => TagModel, { nullable: true, description: 'A tag by its URL name' })
  async tag(@Args('slug') slug: string, @Ctx() ctx: GqlContext): Promise<TagModel | null> {
    const row = await this.service.bySlug(ctx.viewer, slug);
    return row ? toTagModel(row) : null;
  }

  @Mutation(() => TagModel, { description: 'Moderators: a new tag' })
  async createTag(@Args('input') input: TagInput, @Ctx() ctx: GqlContext): Promise<TagModel> {
    return toTagModel(await this.service.create(ctx.viewer, input));
  }

  @Mutation(() => TagModel, { description: 'Moderators: rename or describe a tag' })
  async updateTag(@Args('input') input: UpdateTagInput, @Ctx() ctx: GqlContext): Promise<TagModel> {
    return toTagModel(await this.service.update(ctx.viewer, input));
  }

  @Mutation(() => TagModel, {
    description: "Moderators: the source's questions get the target; the source goes",
  })
  async mergeTags(@Args('input') input: MergeTagsInput, @Ctx() ctx: GqlContext): Promise<TagModel> {
    return toTagModel(await this.service.merge(ctx.viewer, input));
  }

  @ResolveField(() => Int, {
    description: 'How many questions carry the tag (for moderators keeping the set, e.g. before a merge)',
  })
  questionCount(@Parent() tag: TagModel, @Ctx() ctx: GqlContext): Promise<number> {
    return ctx.loaders.get(questionCountByTag).load(tag.id);
  }
}
