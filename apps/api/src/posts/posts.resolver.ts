import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { viewerModeratesThread } from '../common/graphql/viewer-moderation';
import { requireActive } from '../auth/permissions';
import { ThreadModel, toThreadModel } from '../threads/thread.model';
import { toUserModel, UserModel } from '../users/user.model';
import { CreatePostInput } from './dto/create-post.input';
import { EditPostInput } from './dto/edit-post.input';
import { renderMarkdown } from './markdown-renderer';
import { PostModel, PostRevisionModel, toPostModel } from './post.model';
import { PostsService } from './posts.service';

@Resolver(() => PostModel)
export class PostsResolver {
  constructor(private readonly posts: PostsService) {}

  @Query(() => String, { description: 'Renders markdown exactly as a post would be (editor preview)' })
  renderMarkdown(@Args('body') body: string, @Ctx() ctx: GqlContext): string {
    requireActive(ctx.viewer);
    return renderMarkdown(body.slice(0, 50_000));
  }

  @Mutation(() => PostModel, { description: 'Replies to a thread; idempotent by clientId' })
  async createPost(@Args('input') input: CreatePostInput, @Ctx() ctx: GqlContext): Promise<PostModel> {
    const post = await this.posts.create(ctx.viewer, input);
    ctx.loaders.thread.clear(post.threadId);
    return toPostModel(post);
  }

  @Mutation(() => PostModel, { description: 'Edits a post; the previous version is kept as a revision' })
  async editPost(@Args('input') input: EditPostInput, @Ctx() ctx: GqlContext): Promise<PostModel> {
    return toPostModel(await this.posts.edit(ctx.viewer, input));
  }

  @Mutation(() => PostModel, {
    description: 'Soft-deletes a post (own posts; moderators any on their boards)',
  })
  async deletePost(
    @Args('postId', { type: () => ID }) postId: string,
    @Ctx() ctx: GqlContext,
  ): Promise<PostModel> {
    const post = await this.posts.delete(ctx.viewer, postId);
    ctx.loaders.thread.clear(post.threadId);
    return toPostModel(post);
  }

  /** Hidden content is shown only to its author and to those who moderate the board. */
  private async mayReadHidden(post: PostModel, ctx: GqlContext): Promise<boolean> {
    if (!post.hidden) return true;
    if (ctx.viewer?.id === post.authorId) return true;
    return viewerModeratesThread(ctx, post.threadId);
  }

  @ResolveField(() => String, {
    description: 'Markdown as written; empty when deleted or hidden from the viewer',
  })
  async body(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<string> {
    if (post.deleted) return '';
    return (await this.mayReadHidden(post, ctx)) ? post.rawBody : '';
  }

  @ResolveField(() => String, { description: 'Sanitised HTML of the body' })
  async bodyHtml(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<string> {
    if (post.deleted) return '';
    return (await this.mayReadHidden(post, ctx)) ? post.rawBodyHtml : '';
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why a moderator hid the post (author and moderators)',
  })
  async hiddenReason(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<string | null> {
    if (!post.hidden) return null;
    return (await this.mayReadHidden(post, ctx)) ? post.rawHiddenReason : null;
  }

  @ResolveField(() => UserModel)
  async author(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<UserModel> {
    const user = await ctx.loaders.user.load(post.authorId);
    if (!user) throw new Error(`Author ${post.authorId} missing for post ${post.id}`);
    return toUserModel(user);
  }

  @ResolveField(() => ThreadModel)
  async thread(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<ThreadModel> {
    const thread = await ctx.loaders.thread.load(post.threadId);
    if (!thread) throw new Error(`Thread ${post.threadId} missing for post ${post.id}`);
    return toThreadModel(thread);
  }

  @ResolveField(() => Boolean, {
    description: 'Official answer by the Land that leads the EfA service ("federführendes Land")',
  })
  async leadLandAnswer(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    if (!post.official) return false;
    const thread = await ctx.loaders.thread.load(post.threadId);
    const topic = thread ? await ctx.loaders.topic.load(thread.topicId) : null;
    return !!topic?.leadLandId && topic.leadLandId === post.authorOrganisationId;
  }

  @ResolveField(() => Boolean, { description: 'Marked by the asker (or a moderator) as the solution' })
  async accepted(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    const thread = await ctx.loaders.thread.load(post.threadId);
    return thread?.acceptedPostId === post.id;
  }

  @ResolveField(() => [PostRevisionModel], { description: 'Earlier versions, newest first' })
  async revisions(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<PostRevisionModel[]> {
    if (post.deleted || !(await this.mayReadHidden(post, ctx))) return [];
    const rows = await ctx.loaders.revisionsByPost.load(post.id);
    return rows.map((r) =>
      Object.assign(new PostRevisionModel(), {
        id: r.id,
        body: r.body,
        createdAt: r.createdAt,
        editorId: r.editorId,
      }),
    );
  }

  @ResolveField(() => Boolean)
  async viewerCanEdit(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    if (!ctx.viewer || post.deleted) return false;
    return ctx.viewer.id === post.authorId || viewerModeratesThread(ctx, post.threadId);
  }

  @ResolveField(() => Boolean)
  async viewerCanDelete(@Parent() post: PostModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    return this.viewerCanEdit(post, ctx);
  }
}

@Resolver(() => PostRevisionModel)
export class PostRevisionsResolver {
  @ResolveField(() => UserModel, { nullable: true })
  async editor(@Parent() revision: PostRevisionModel, @Ctx() ctx: GqlContext): Promise<UserModel | null> {
    if (!revision.editorId) return null;
    const user = await ctx.loaders.user.load(revision.editorId);
    return user ? toUserModel(user) : null;
  }
}
